package com.valorivx.engine.realoption;

import static com.valorivx.engine.realoption.RealOptionKind.ABANDON;
import static com.valorivx.engine.realoption.RealOptionKind.DEFER;
import static com.valorivx.engine.realoption.RealOptionKind.EXPAND;
import static com.valorivx.engine.realoption.RealOptionMethod.BINOMIAL;
import static com.valorivx.engine.realoption.RealOptionMethod.BLACK_SCHOLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.option.BinomialAssumptions;
import com.valorivx.engine.option.BinomialTreePricer;
import com.valorivx.engine.option.ExerciseStyle;
import com.valorivx.engine.option.OptionAssumptions;
import com.valorivx.engine.option.OptionType;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RealOptionPricerTest {

  /**
   * The published examples round N(d1) and N(d2) to four places and the answer to the last digit
   * printed; a value agrees when it is within half of that last digit plus this rounding.
   */
  private static final Offset<Double> PRINTED_TENTH = within(0.06);
  private static final Offset<Double> PRINTED_CENT = within(0.006);
  private static final Offset<Double> PRINTED_MILLION = within(1.0);
  private static final Offset<Double> EXACT = within(1e-9);

  private static final RealOptionPricer PRICER = RealOptionPricer.DEFAULT;

  /**
   * Damodaran, <i>Applied Corporate Finance</i> (instructor slides, "An Example of an Expansion
   * Option" / "Valuing the Expansion Option"): Disney invests 100 in a Spanish-language channel
   * for Mexico whose cash flows are worth 80 (NPV −20); it may expand to all of Latin America for
   * 150 within 10 years, today worth 100 (so 1.25 × the base project), σ = 30 %, r = 4 %, no cost of
   * delay: call value 36.3.
   */
  @Test
  void damodaranDisneyLatinAmericaExpansion() {
    RealOptionValuation v = PRICER.value(expand(BLACK_SCHOLES, 0));

    assertThat(v.spot()).isCloseTo(100, EXACT);
    assertThat(v.strike()).isCloseTo(150, EXACT);
    assertThat(v.optionValue()).isCloseTo(36.3, PRINTED_TENTH);
    assertThat(v.staticNpv()).isCloseTo(-20, EXACT);
    assertThat(v.expandedNpv()).isCloseTo(16.3, PRINTED_TENTH);
  }

  /**
   * Damodaran, <i>Applied Corporate Finance</i> (instructor slides, "Valuing the Option to
   * Abandon"): Disney invests 250 in a 25-year time-share partnership worth 254 (NPV 4) and may sell
   * its share back for 150 at any time in the next 5 years; r = 4 %, cost of delay 1/25 = 4 %,
   * σ = 20 % (variance 0.04, the value the printed N(d1) = 0.9194, N(d2) = 0.8300 imply). Call 89.27,
   * put 4.13 by put-call parity; NPV with the abandonment option 8.13.
   */
  @Test
  void damodaranDisneyTimeShareAbandonment() {
    RealOptionValuation v = PRICER.value(abandon(BLACK_SCHOLES, 0));

    assertThat(v.optionValue()).isCloseTo(4.13, PRINTED_CENT);
    assertThat(v.staticNpv()).isCloseTo(4, EXACT);
    assertThat(v.expandedNpv()).isCloseTo(8.13, PRINTED_CENT);
  }

  /**
   * Damodaran, <i>Damodaran on Valuation</i> (2nd ed.), Illustration 12.5, "Valuing a Patent: Avonex
   * in 1997": cash flows worth 3,422, development cost 2,875, patent life 17 years, T-bond rate
   * 6.7 %, variance 0.224, cost of delay 1/17. Patent value 907 against an NPV of 547.
   */
  @Test
  void damodaranAvonexPatentAsAnOptionToDefer() {
    RealOptionValuation v = PRICER.value(new RealOptionAssumptions(DEFER, BLACK_SCHOLES, 3_422, 2_875, 0, 0, 0, 17,
        Math.sqrt(0.224), 0.067, 1.0 / 17, 0));

    assertThat(v.optionValue()).isCloseTo(907, PRINTED_MILLION);
    assertThat(v.staticNpv()).isCloseTo(547, EXACT);
    assertThat(v.expandedNpv()).isCloseTo(v.optionValue(), EXACT);
  }

  @Test
  void aLatticeAbandonmentIsTheOptionPricersAmericanPutOnTheProjectValue() {
    OptionAssumptions put = new OptionAssumptions(OptionType.PUT, ExerciseStyle.AMERICAN, 254, 150, 5, 0.04, 0.20, 0.04);

    double expected = BinomialTreePricer.DEFAULT.value(BinomialAssumptions.coxRossRubinstein(put, 200)).price();

    assertThat(PRICER.value(abandon(BINOMIAL, 200)).optionValue()).isEqualTo(expected);
    assertThat(BinomialTreePricer.DEFAULT.price(BinomialAssumptions.coxRossRubinstein(put, 200))).isEqualTo(expected);
  }

  @Test
  void optionValueIsNeverNegativeAndExpandedNpvNeverBelowStatic() {
    for (RealOptionMethod method : RealOptionMethod.values()) {
      int steps = method == BINOMIAL ? 200 : 0;
      for (double sigma : new double[] {0.05, 0.3, 1.2}) {
        for (double yield : new double[] {0, 0.04, 0.25}) {
          for (RealOptionAssumptions a : List.of(expand(method, yield).withVolatility(sigma),
              abandon(method, steps).withVolatility(sigma),
              defer(method, yield, steps == 0 ? 0 : steps).withVolatility(sigma))) {
            RealOptionAssumptions one = method == BINOMIAL ? withSteps(a, 200) : a;
            RealOptionValuation v = PRICER.value(one);
            assertThat(v.optionValue()).as("%s", one).isGreaterThanOrEqualTo(0);
            assertThat(v.expandedNpv()).as("%s", one).isGreaterThanOrEqualTo(v.staticNpv());
          }
        }
      }
    }
  }

  @Test
  void americanAbandonmentIsWorthAtLeastTheEuropeanPut() {
    // Deep enough in the money that walking away early pays: V = 100, salvage 110, r = 8 %.
    RealOptionAssumptions european = new RealOptionAssumptions(ABANDON, BLACK_SCHOLES, 100, 120, 0, 110, 0, 5,
        0.25, 0.08, 0, 0);
    RealOptionAssumptions american = new RealOptionAssumptions(ABANDON, BINOMIAL, 100, 120, 0, 110, 0, 5,
        0.25, 0.08, 0, 1_000);

    double bs = PRICER.value(european).optionValue();
    double tree = PRICER.value(american).optionValue();

    assertThat(tree).isGreaterThan(bs + 1);
    assertThat(tree).isGreaterThanOrEqualTo(110 - 100);
  }

  @Test
  void binomialDeferralWithoutCostOfDelayConvergesToBlackScholes() {
    // A call on a value paying no yield is never exercised early, so the American lattice prices the European call.
    double bs = PRICER.value(defer(BLACK_SCHOLES, 0, 0)).optionValue();
    double coarse = Math.abs(PRICER.value(defer(BINOMIAL, 0, 25)).optionValue() - bs);
    double fine = Math.abs(PRICER.value(defer(BINOMIAL, 0, 2_000)).optionValue() - bs);

    assertThat(fine).isLessThan(coarse);
    assertThat(fine).isLessThan(0.02);
  }

  @Test
  void europeanDeferralBelowInvestingNowIsWorthInvestingNow() {
    // A 60 % a year cost of delay on a deep in-the-money project: waiting is worse than investing today.
    RealOptionValuation v = PRICER.value(new RealOptionAssumptions(DEFER, BLACK_SCHOLES, 200, 100, 0, 0, 0, 5,
        0.2, 0.05, 0.6, 0));

    assertThat(v.optionValue()).isLessThan(v.staticNpv());
    assertThat(v.expandedNpv()).isCloseTo(100, EXACT);
  }

  @Test
  void optionValueRisesWithVolatility() {
    RealOptionVolatilityProfile profile = PRICER.volatilityProfile(expand(BLACK_SCHOLES, 0),
        List.of(0.1, 0.2, 0.3, 0.5, 0.8));

    assertThat(profile.optionValues()).isSorted();
    assertThat(profile.optionValues().get(2)).isCloseTo(36.3, PRINTED_TENTH);
    for (int i = 0; i < 5; i++) {
      assertThat(profile.expandedNpvs().get(i)).isCloseTo(profile.optionValues().get(i) - 20, EXACT);
    }
  }

  private static RealOptionAssumptions expand(RealOptionMethod method, double yield) {
    return new RealOptionAssumptions(EXPAND, method, 80, 150, 100, 0, 1.25, 10, 0.30, 0.04, yield,
        method == BINOMIAL ? 200 : 0);
  }

  private static RealOptionAssumptions abandon(RealOptionMethod method, int steps) {
    return new RealOptionAssumptions(ABANDON, method, 254, 250, 0, 150, 0, 5, 0.20, 0.04, 0.04,
        method == BINOMIAL ? Math.max(steps, 1) : 0);
  }

  private static RealOptionAssumptions defer(RealOptionMethod method, double yield, int steps) {
    return new RealOptionAssumptions(DEFER, method, 90, 100, 0, 0, 0, 3, 0.35, 0.05, yield, steps);
  }

  private static RealOptionAssumptions withSteps(RealOptionAssumptions a, int steps) {
    return new RealOptionAssumptions(a.kind(), a.method(), a.underlyingValue(), a.exerciseCost(), a.investment(),
        a.salvageValue(), a.expansionFactor(), a.maturityYears(), a.volatility(), a.riskFreeRate(), a.yield(), steps);
  }
}
