package com.valorivx.engine.lbo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.RejectedFields;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Impossible buyouts are refused with every bad field named, never clamped. */
class LboValidationTest {

  private static final List<DebtTranche> ONE = List.of(new DebtTranche("Senior", 500, 0.08, 0, true));
  private static final OperatingModel SIMPLE = new SimpleOperatingModel(0.05, 0.5);

  private static List<String> fields(Runnable build) {
    return RejectedFields.by(build);
  }

  @Test
  void everyBadTopLevelFieldIsNamedAtOnce() {
    Assertions.assertThat(fields(() -> new LboAssumptions(-1, 0, -5, 0, ONE, SIMPLE, null, 1.5, -1, Double.NaN)))
        .containsExactlyInAnyOrder("entryEbitda", "entryMultiple", "transactionFees", "years", "interestOn",
            "cashSweepRate", "minimumCash", "exitMultiple");
  }

  @Test
  void aBadTrancheFieldIsNamedByItsPlaceInTheList() {
    List<DebtTranche> tranches = List.of(new DebtTranche("Senior", 300, 0.06, 0.1, true),
        new DebtTranche(" ", -2, 1.5, 2, false));
    Assertions.assertThat(fields(() -> new LboAssumptions(100, 8, 0, 5, tranches, SIMPLE,
            InterestBasis.OPENING_BALANCE, 1, 0, 8)))
        .containsExactlyInAnyOrder("debtTranches[1].name", "debtTranches[1].amount", "debtTranches[1].interestRate",
            "debtTranches[1].amortizationRate");
  }

  @Test
  void debtMustLeaveTheSponsorSomeEquity() {
    List<DebtTranche> tranches = List.of(new DebtTranche("Senior", 600, 0.06, 0, true),
        new DebtTranche("Notes", 210, 0.1, 0, false));
    Assertions.assertThat(fields(() -> new LboAssumptions(100, 8, 10, 5, tranches, SIMPLE,
            InterestBasis.OPENING_BALANCE, 1, 0, 8)))
        .containsExactly("debtTranches");
    // Exactly the uses is still no equity.
    Assertions.assertThat(fields(() -> new LboAssumptions(100, 8, 0, 5,
            List.of(new DebtTranche("All", 800, 0.06, 0, true)), SIMPLE, InterestBasis.OPENING_BALANCE, 1, 0, 8)))
        .containsExactly("debtTranches");
  }

  @Test
  void operatingModelsNameTheirFields() {
    Assertions.assertThat(fields(() -> new SimpleOperatingModel(-1, 1.2)))
        .containsExactlyInAnyOrder("ebitdaGrowth", "cashConversion");
    Assertions.assertThat(fields(() -> new FullOperatingModel(0, -2, 2, -0.1, 1.1, 3, 1)))
        .containsExactlyInAnyOrder("operating.revenue", "operating.revenueGrowth", "operating.ebitdaMargin",
            "operating.depreciationRate", "operating.capexRate", "operating.nwcRate", "operating.taxRate");
  }

  @Test
  void tooManyTranchesOrYearsAreRefused() {
    List<DebtTranche> eleven = java.util.Collections.nCopies(11, new DebtTranche("Slice", 10, 0.05, 0, true));
    assertThatThrownBy(() -> new LboAssumptions(100, 8, 0, 31, eleven, SIMPLE, InterestBasis.OPENING_BALANCE, 1, 0, 8))
        .isInstanceOf(InvalidAssumptionsException.class)
        .hasMessageContaining("years").hasMessageContaining("debtTranches");
  }
}
