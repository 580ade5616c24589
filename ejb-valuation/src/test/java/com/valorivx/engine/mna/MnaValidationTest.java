package com.valorivx.engine.mna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.RejectedFields;
import java.util.List;
import org.junit.jupiter.api.Test;

class MnaValidationTest {

  private static List<String> fields(Runnable build) {
    return RejectedFields.by(build);
  }

  @Test
  void considerationThatDoesNotSumToOneIsRejectedByName() {
    assertThatThrownBy(() -> new ConsiderationMix(0.5, 0.3, 0.1))
        .isInstanceOf(InvalidAssumptionsException.class)
        .hasMessageContaining("consideration: stock, cash and debt must sum to 1 (100% of the price), were 90%");
    assertThat(new ConsiderationMix(0.3333333, 0.3333333, 0.3333334).stock()).isEqualTo(0.3333333);
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    assertThat(fields(() -> new MnaAssumptions(0, -1, Double.NaN, Double.POSITIVE_INFINITY, 0, null,
        -0.01, -1, 1, Double.NaN, -1, -1)))
        .containsExactly("acquirer.netIncome", "acquirer.sharesOutstanding", "acquirer.sharePrice", "target.netIncome",
            "purchasePrice", "consideration", "debtInterestRate", "cashInterestRate", "taxRate", "synergies",
            "transactionFees", "intangibleAmortization");
    assertThat(fields(() -> new ConsiderationMix(-0.1, 1.1, Double.NaN)))
        .containsExactly("consideration.stock", "consideration.cash", "consideration.debt");
  }

  @Test
  void gridAxesAreChecked() {
    assertThat(fields(() -> new MnaGridAssumptions(MnaEngineTest.HAND_EXAMPLE, 0, List.of(-1.0, 0.2),
        java.util.Arrays.asList(0.5, null, 1.5))))
        .containsExactly("base.target.marketValue", "premiums[0]", "stockShares[1]", "stockShares[2]");
    assertThat(fields(() -> new MnaGridAssumptions(MnaEngineTest.HAND_EXAMPLE, 100, List.of(), null)))
        .containsExactly("premiums", "stockShares");
  }
}
