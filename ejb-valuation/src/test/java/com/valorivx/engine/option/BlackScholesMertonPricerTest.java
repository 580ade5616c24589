package com.valorivx.engine.option;

import static com.valorivx.engine.option.OptionExamples.american;
import static com.valorivx.engine.option.OptionExamples.european;
import static com.valorivx.engine.option.OptionType.CALL;
import static com.valorivx.engine.option.OptionType.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.common.InvalidAssumptionsException;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class BlackScholesMertonPricerTest {

  /** Hull quotes prices to the cent. */
  private static final Offset<Double> CENT = within(0.005);
  /** Identities that hold up to floating-point rounding. */
  private static final Offset<Double> EXACT = within(1e-10);
  /** Central differences with a 1e-5 bump agree with the closed form to about this much. */
  private static final Offset<Double> FINITE_DIFFERENCE = within(1e-5);

  private static final BlackScholesMertonPricer PRICER = BlackScholesMertonPricer.DEFAULT;

  /**
   * Hull, <i>Options, Futures, and Other Derivatives</i> (8th ed.), Example 15.6: S = 42, K = 40,
   * r = 10 %, σ = 20 %, T = 0.5: d1 = 0.7693, d2 = 0.6278, call 4.76, put 0.81.
   */
  @Test
  void hullExample15_6() {
    assertThat(PRICER.value(european(CALL, 42, 40, 0.5, 0.10, 0.20, 0)).price()).isCloseTo(4.76, CENT);
    assertThat(PRICER.value(european(PUT, 42, 40, 0.5, 0.10, 0.20, 0)).price()).isCloseTo(0.81, CENT);
  }

  /**
   * Hull (8th ed.), section 19.4–19.8, the running example: a bank has sold a European call on
   * 100,000 shares, S = 49, K = 50, r = 5 %, σ = 20 %, T = 20 weeks = 0.3846. Per share: delta
   * 0.522, gamma 0.066, theta −4.31 per year, vega 0.121 per 1 % (12.1 per 1.00), rho 0.0891 per 1 %
   * (8.91 per 1.00). The price is 2.40 (section 19.1: the bank sold it for 300,000, worth 240,000).
   */
  @Test
  void hullGreeksExample() {
    OptionValuation v = PRICER.value(european(CALL, 49, 50, 0.3846, 0.05, 0.20, 0));

    assertThat(v.price()).isCloseTo(2.40, CENT);
    assertThat(v.greeks().delta()).isCloseTo(0.522, within(0.0005));
    assertThat(v.greeks().gamma()).isCloseTo(0.066, within(0.0005));
    assertThat(v.greeks().theta()).isCloseTo(-4.31, within(0.005));
    assertThat(v.greeks().vega()).isCloseTo(12.1, within(0.05));
    assertThat(v.greeks().rho()).isCloseTo(8.91, within(0.005));
    assertThat(v.standardError()).isNull();
  }

  @Test
  void putCallParityWithADividendYield() {
    // c − p = S e^(−qT) − K e^(−rT), for any strike.
    for (double k : new double[] {60, 100, 140}) {
      OptionValuation call = PRICER.value(european(CALL, 100, k, 2, 0.04, 0.3, 0.025));
      OptionValuation put = PRICER.value(european(PUT, 100, k, 2, 0.04, 0.3, 0.025));
      double forwardValue = 100 * Math.exp(-0.025 * 2) - k * Math.exp(-0.04 * 2);
      assertThat(call.price() - put.price()).as("K = %s", k).isCloseTo(forwardValue, EXACT);
      assertThat(call.greeks().delta() - put.greeks().delta()).isCloseTo(Math.exp(-0.025 * 2), EXACT);
      assertThat(call.greeks().gamma()).isCloseTo(put.greeks().gamma(), EXACT);
      assertThat(call.greeks().vega()).isCloseTo(put.greeks().vega(), EXACT);
    }
  }

  @Test
  void greeksAreTheDerivativesOfThePrice() {
    for (OptionType type : OptionType.values()) {
      OptionAssumptions a = european(type, 95, 100, 1.5, 0.03, 0.25, 0.02);
      OptionGreeks g = PRICER.value(a).greeks();
      double h = 1e-5;
      assertThat(g.delta()).as("%s delta", type).isCloseTo(
          (price(a.withSpot(95 + h)) - price(a.withSpot(95 - h))) / (2 * h), FINITE_DIFFERENCE);
      assertThat(g.gamma()).as("%s gamma", type).isCloseTo(
          (price(a.withSpot(95 + 1e-3)) - 2 * price(a) + price(a.withSpot(95 - 1e-3))) / 1e-6, within(1e-4));
      assertThat(g.vega()).as("%s vega", type).isCloseTo(
          (price(a.withVolatility(0.25 + h)) - price(a.withVolatility(0.25 - h))) / (2 * h), FINITE_DIFFERENCE);
      assertThat(g.rho()).as("%s rho", type).isCloseTo(
          (price(a.withRiskFreeRate(0.03 + h)) - price(a.withRiskFreeRate(0.03 - h))) / (2 * h), FINITE_DIFFERENCE);
      // Theta is the change as calendar time passes: the maturity shortens.
      assertThat(g.theta()).as("%s theta", type).isCloseTo(
          (price(a.withMaturityYears(1.5 - h)) - price(a.withMaturityYears(1.5 + h))) / (2 * h), FINITE_DIFFERENCE);
    }
  }

  @Test
  void rejectsAmericanExercise() {
    assertThatThrownBy(() -> PRICER.value(american(PUT, 50, 50, 1, 0.05, 0.2, 0)))
        .isInstanceOf(InvalidAssumptionsException.class)
        .satisfies(e -> assertThat(((InvalidAssumptionsException) e).errors()).extracting("field").containsExactly("style"));
  }

  private static double price(OptionAssumptions a) {
    return PRICER.value(a).price();
  }
}
