package com.valorivx.engine.option;

import static com.valorivx.engine.option.OptionExamples.american;
import static com.valorivx.engine.option.OptionExamples.european;
import static com.valorivx.engine.option.OptionType.CALL;
import static com.valorivx.engine.option.OptionType.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class BinomialTreePricerTest {

  /** Hull quotes tree values to the cent. */
  private static final Offset<Double> CENT = within(0.005);
  /** Identities that hold up to floating-point rounding. */
  private static final Offset<Double> EXACT = within(1e-10);
  /** A 2,000-step CRR tree's error against the closed form is O(1/n), well under this. */
  private static final Offset<Double> CONVERGED = within(0.002);

  private static final BinomialTreePricer PRICER = BinomialTreePricer.DEFAULT;

  /**
   * Hull, <i>Options, Futures, and Other Derivatives</i> (8th ed.), section 21.1, Figure 21.3: an
   * American put, S = 50, K = 50, r = 10 %, σ = 40 %, T = 5 months, five one-month steps: u = 1.1224,
   * d = 0.8909, p = 0.5073, value 4.49. From the same tree (section 21.1, "Calculation of delta
   * and other Greek letters"): delta = (2.16 − 6.96)/(56.12 − 44.55) = −0.41, gamma = 0.03,
   * theta = (3.77 − 4.49)/(2 × 0.0833) = −4.3 per year.
   */
  @Test
  void hullAmericanPut() {
    OptionValuation v = PRICER.value(BinomialAssumptions.coxRossRubinstein(american(PUT, 50, 50, 5.0 / 12, 0.10, 0.40, 0), 5));

    assertThat(v.price()).isCloseTo(4.49, CENT);
    assertThat(v.greeks().delta()).isCloseTo(-0.41, CENT);
    assertThat(v.greeks().gamma()).isCloseTo(0.03, CENT);
    assertThat(v.greeks().theta()).isCloseTo(-4.3, within(0.05));
    assertThat(v.standardError()).isNull();
  }

  @Test
  void europeanConvergesToBlackScholesAsStepsGrow() {
    for (OptionType type : OptionType.values()) {
      OptionAssumptions a = european(type, 100, 105, 1, 0.05, 0.25, 0.02);
      OptionValuation closedForm = BlackScholesMertonPricer.DEFAULT.value(a);
      double error50 = Math.abs(tree(a, 50).price() - closedForm.price());
      double error2000 = Math.abs(tree(a, 2000).price() - closedForm.price());

      assertThat(error2000).as("%s error at 2,000 steps", type).isLessThan(error50).isLessThan(0.002);
      OptionGreeks greeks = tree(a, 2000).greeks();
      assertThat(greeks.delta()).as("%s delta", type).isCloseTo(closedForm.greeks().delta(), within(0.001));
      assertThat(greeks.gamma()).as("%s gamma", type).isCloseTo(closedForm.greeks().gamma(), within(0.001));
      assertThat(greeks.theta()).as("%s theta", type).isCloseTo(closedForm.greeks().theta(), within(0.02));
      assertThat(greeks.vega()).as("%s vega", type).isCloseTo(closedForm.greeks().vega(), within(0.1));
      assertThat(greeks.rho()).as("%s rho", type).isCloseTo(closedForm.greeks().rho(), within(0.1));
    }
  }

  @Test
  void europeanPutCallParityWithADividendYield() {
    // Parity holds node by node in the tree, so exactly, not only in the limit.
    OptionValuation call = tree(european(CALL, 100, 90, 0.75, 0.06, 0.3, 0.04), 300);
    OptionValuation put = tree(european(PUT, 100, 90, 0.75, 0.06, 0.3, 0.04), 300);
    assertThat(call.price() - put.price()).isCloseTo(100 * Math.exp(-0.04 * 0.75) - 90 * Math.exp(-0.06 * 0.75), EXACT);
  }

  @Test
  void americanIsWorthAtLeastEuropean() {
    for (OptionType type : OptionType.values()) {
      for (double q : new double[] {0, 0.08}) {
        double europeanPrice = tree(european(type, 100, 100, 2, 0.07, 0.3, q), 400).price();
        double americanPrice = tree(american(type, 100, 100, 2, 0.07, 0.3, q), 400).price();
        assertThat(americanPrice).as("%s, q = %s", type, q).isGreaterThanOrEqualTo(europeanPrice);
      }
    }
    // Deep in the money with a high rate, early exercise of the put is worth something.
    assertThat(tree(american(PUT, 60, 100, 2, 0.10, 0.2, 0), 400).price())
        .isGreaterThan(tree(european(PUT, 60, 100, 2, 0.10, 0.2, 0), 400).price() + 1);
  }

  @Test
  void americanCallWithoutDividendsIsTheEuropeanCall() {
    // Merton: never exercise a call early on a stock without dividends.
    OptionValuation europeanCall = tree(european(CALL, 100, 95, 1, 0.05, 0.3, 0), 500);
    OptionValuation americanCall = tree(american(CALL, 100, 95, 1, 0.05, 0.3, 0), 500);
    assertThat(americanCall.price()).isCloseTo(europeanCall.price(), EXACT);
    assertThat(americanCall.greeks().delta()).isCloseTo(europeanCall.greeks().delta(), EXACT);
  }

  @Test
  void explicitFactorsGiveTheTextbookOneStepTree() {
    // Hull (8th ed.), section 13.1–13.2: S = 20, u = 1.1, d = 0.9, r = 12 %, T = 3 months, K = 21 →
    // European call 0.633 from a single step.
    OptionValuation v = PRICER.value(new BinomialAssumptions(european(CALL, 20, 21, 0.25, 0.12, 0.2, 0), 1, 1.1, 0.9));
    assertThat(v.price()).isCloseTo(0.633, within(0.0005));
    // Delta of the one-step tree: (1 − 0)/(22 − 18) = 0.25; vega is 0 because the tree ignores σ.
    assertThat(v.greeks().delta()).isCloseTo(0.25, EXACT);
    assertThat(v.greeks().vega()).isZero();
    assertThat(v.greeks().rho()).isPositive();
  }

  @Test
  void crrAndExplicitCrrFactorsAgree() {
    OptionAssumptions a = american(PUT, 50, 52, 2, 0.05, 0.3, 0.01);
    double u = Math.exp(0.3 * Math.sqrt(2.0 / 100));
    OptionValuation crr = tree(a, 100);
    OptionValuation explicit = PRICER.value(new BinomialAssumptions(a, 100, u, 1 / u));
    assertThat(explicit.price()).isCloseTo(crr.price(), EXACT);
    assertThat(explicit.greeks().theta()).isCloseTo(crr.greeks().theta(), EXACT);
  }

  private static OptionValuation tree(OptionAssumptions a, int steps) {
    return PRICER.value(BinomialAssumptions.coxRossRubinstein(a, steps));
  }
}
