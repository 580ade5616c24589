package com.valorivx.engine.realoption;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.engine.common.RejectedFields;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealOptionValidationTest {

  private static List<String> fields(Runnable build) {
    return RejectedFields.by(build);
  }

  @Test
  void everyBadFieldOfAnExpansionIsNamed() {
    assertThat(fields(() -> new RealOptionAssumptions(RealOptionKind.EXPAND, RealOptionMethod.BINOMIAL, 0, -1, -5, 0,
        0, 0, 0, -1, Double.NaN, 0)))
        .containsExactly("underlyingValue", "exerciseCost", "investment", "expansionFactor", "maturityYears",
            "volatility", "riskFreeRate", "yield", "steps");
  }

  @Test
  void abandonmentNeedsASalvageValue() {
    assertThat(fields(() -> new RealOptionAssumptions(RealOptionKind.ABANDON, RealOptionMethod.BLACK_SCHOLES, 100, 90,
        0, 0, 0, 5, 0.2, 0.04, 0, 0)))
        .containsExactly("salvageValue");
    assertThat(fields(() -> new RealOptionAssumptions(null, null, 100, 90, 0, 0, 0, 5, 0.2, 0.04, 0, 0)))
        .containsExactly("kind", "method");
  }

  @Test
  void profileVolatilitiesAreChecked() {
    RealOptionAssumptions a = new RealOptionAssumptions(RealOptionKind.DEFER, RealOptionMethod.BLACK_SCHOLES, 100, 90,
        0, 0, 0, 5, 0.2, 0.04, 0, 0);
    assertThat(fields(() -> RealOptionPricer.DEFAULT.volatilityProfile(a, Arrays.asList(0.2, null, 0.0, 6.0))))
        .containsExactly("volatilities[1]", "volatilities[2]", "volatilities[3]");
    assertThat(fields(() -> RealOptionPricer.DEFAULT.volatilityProfile(a, List.of())))
        .containsExactly("volatilities");
  }
}
