package com.valorivx.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.engine.common.FieldError;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldErrorMessagesTest {

  private static final Map<String, String> INPUTS = Map.of(
      "terminal.growth", "dcf:growth",
      "freeCashFlows", "dcf:freeCashFlows",
      "projection.revenueGrowth", "dcf:revenueGrowth");

  @Test
  void anErrorLandsOnTheInputMarkedWithItsFieldOrTheNearestParentPath() {
    assertThat(FieldErrorMessages.claimingField(INPUTS, "terminal.growth")).isEqualTo("terminal.growth");
    assertThat(FieldErrorMessages.claimingField(INPUTS, "freeCashFlows[2]")).isEqualTo("freeCashFlows");
    assertThat(FieldErrorMessages.claimingField(INPUTS, "projection.revenueGrowth[0]")).isEqualTo("projection.revenueGrowth");
    assertThat(FieldErrorMessages.claimingField(INPUTS, "wacc.beta")).isNull();
    assertThat(FieldErrorMessages.claimingField(INPUTS, "sharesOutstanding")).isNull();
  }

  @Test
  void aListElementsErrorSaysWhichYear() {
    assertThat(FieldErrorMessages.describe(new FieldError("freeCashFlows[2]", "must be a finite number"), "freeCashFlows"))
        .isEqualTo("Year 3: must be a finite number");
    assertThat(FieldErrorMessages.describe(new FieldError("terminal.growth", "(12%) must be below the discount rate (10%)"),
        "terminal.growth")).isEqualTo("(12%) must be below the discount rate (10%)");
    assertThat(FieldErrorMessages.describe(new FieldError("sharesOutstanding", "is required"), "sharesOutstanding"))
        .isEqualTo("Is required");
  }
}
