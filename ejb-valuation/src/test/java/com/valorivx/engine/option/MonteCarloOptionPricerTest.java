package com.valorivx.engine.option;

import static com.valorivx.engine.option.OptionExamples.european;
import static com.valorivx.engine.option.OptionType.CALL;
import static com.valorivx.engine.option.OptionType.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MonteCarloOptionPricerTest {

  /** A fair estimate lies within three standard errors of the truth 99.7 % of the time; the seeds are fixed. */
  private static final double STANDARD_ERRORS = 3;

  private static final MonteCarloOptionPricer PRICER = MonteCarloOptionPricer.DEFAULT;

  @Test
  void withinThreeStandardErrorsOfBlackScholes() {
    for (OptionType type : OptionType.values()) {
      // Hull's greeks example, and a put with a dividend yield.
      OptionAssumptions[] options = {
          european(type, 49, 50, 0.3846, 0.05, 0.20, 0), european(type, 100, 110, 2, 0.03, 0.35, 0.02)};
      for (OptionAssumptions a : options) {
        OptionValuation mc = PRICER.value(new MonteCarloAssumptions(a, 200_000, 42));
        OptionValuation closedForm = BlackScholesMertonPricer.DEFAULT.value(a);
        assertThat(mc.standardError()).isPositive().isLessThan(0.01 * closedForm.price() + 0.01);
        assertThat(mc.price()).as("%s", a).isCloseTo(closedForm.price(), within(STANDARD_ERRORS * mc.standardError()));
        OptionGreeks g = mc.greeks();
        OptionGreeks exact = closedForm.greeks();
        // Greek estimators have their own, larger, noise: 2 % of the exact value or a small floor.
        assertThat(g.delta()).as("delta %s", a).isCloseTo(exact.delta(), within(0.01));
        assertThat(g.gamma()).as("gamma %s", a).isCloseTo(exact.gamma(), within(0.02 * exact.gamma() + 1e-3));
        assertThat(g.vega()).as("vega %s", a).isCloseTo(exact.vega(), within(0.02 * Math.abs(exact.vega()) + 0.05));
        assertThat(g.rho()).as("rho %s", a).isCloseTo(exact.rho(), within(0.02 * Math.abs(exact.rho()) + 0.05));
        assertThat(g.theta()).as("theta %s", a).isCloseTo(exact.theta(), within(0.03 * Math.abs(exact.theta()) + 0.05));
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameAnswer() {
    OptionAssumptions a = european(CALL, 42, 40, 0.5, 0.10, 0.20, 0);
    OptionValuation first = PRICER.value(new MonteCarloAssumptions(a, 10_000, 7));
    OptionValuation second = PRICER.value(new MonteCarloAssumptions(a, 10_000, 7));
    OptionValuation otherSeed = PRICER.value(new MonteCarloAssumptions(a, 10_000, 8));

    assertThat(second).isEqualTo(first);
    assertThat(otherSeed.price()).isNotEqualTo(first.price());
  }

  @Test
  void antitheticPairsMakeForwardsExactAndSingleDrawsHaveNoStandardError() {
    // A deep in-the-money put with K far above S is nearly a forward short: antithetic pairs cancel
    // most of the noise, so the estimate sits much closer than a plain estimator's standard error.
    OptionValuation v = PRICER.value(new MonteCarloAssumptions(european(PUT, 1, 1000, 1, 0.05, 0.1, 0), 1_000, 1));
    assertThat(v.price()).isCloseTo(1000 * Math.exp(-0.05) - 1, within(0.01));
    assertThat(PRICER.value(new MonteCarloAssumptions(european(PUT, 1, 1000, 1, 0.05, 0.1, 0), 1, 1)).standardError())
        .isNull();
  }
}
