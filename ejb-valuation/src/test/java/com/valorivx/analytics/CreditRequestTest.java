package com.valorivx.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.credit.AltmanInputs;
import com.valorivx.engine.credit.AltmanModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditRequestTest {

  private static List<String> fields(Runnable mapping) {
    return catchThrowableOfType(mapping::run, InvalidAssumptionsException.class).errors().stream()
        .map(FieldError::field).toList();
  }

  @Test
  void mertonNamesEveryMissingField() {
    assertThat(fields(() -> new MertonRequest(null, 3.0, null, 10.0, null, 0.05, null).toAssumptions()))
        .containsExactly("equityVolatility", "maturityYears", "lossGivenDefault");
  }

  @Test
  void mertonNamesOutOfRangeFields() {
    assertThat(fields(() -> new MertonRequest(null, 3.0, 0.8, -10.0, 1.0, 0.05, 2.0).toAssumptions()))
        .containsExactly("debtFaceValue", "lossGivenDefault");
  }

  @Test
  void altmanNamesTheFieldEachVariantNeeds() {
    assertThat(fields(() -> new AltmanRequest(null, null, 0.1, 0.1, 0.1, null, null, null).toAssumptions()))
        .containsExactly("marketEquityToLiabilities", "salesToAssets");
    assertThat(fields(() -> new AltmanRequest(null, "PRIVATE", 0.1, 0.1, 0.1, 1.0, null, 1.0).toAssumptions()))
        .containsExactly("bookEquityToLiabilities", "marketEquityToLiabilities");
    assertThat(fields(() -> new AltmanRequest(null, "NON_MANUFACTURING", 0.1, null, 0.1, null, 1.0, 1.0)
        .toAssumptions())).containsExactly("retainedEarningsToAssets", "salesToAssets");
    assertThat(fields(() -> new AltmanRequest(null, "Z", 0.1, 0.1, 0.1, 1.0, null, 1.0).toAssumptions()))
        .containsExactly("model");
  }

  @Test
  void altmanMapsX4FromTheVariantsEquityField() {
    AltmanInputs in = new AltmanRequest(null, "NON_MANUFACTURING", 0.1, 0.2, 0.05, null, 0.5, null).toAssumptions();
    assertThat(in.model()).isEqualTo(AltmanModel.NON_MANUFACTURING);
    assertThat(in.equityToLiabilities()).isEqualTo(0.5);
    assertThat(in.salesToAssets()).isNull();
  }
}
