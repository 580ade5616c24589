package com.valorivx.engine.dcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.dcf.DiscountRateAssumption.Given;
import com.valorivx.engine.dcf.TerminalValueAssumption.ExitMultiple;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DcfEngineTest {

  /** Published figures are quoted to the cent. */
  private static final Offset<Double> CENT = within(0.005);
  /** Identities that hold exactly up to floating-point rounding. */
  private static final Offset<Double> EXACT = within(1e-9);

  private static final DcfEngine ENGINE = DcfEngine.DEFAULT;

  private static DcfAssumptions explicit(List<Double> flows, double rate, TerminalValueAssumption terminal) {
    return new DcfAssumptions(new ExplicitCashFlows(flows), new Given(rate), terminal, false, 0, 0, 0, 1);
  }

  /** Zero terminal value, so EV is the plain NPV of the flows, as in spreadsheet NPV(). */
  private static final ExitMultiple NO_TERMINAL = new ExitMultiple(1, 0.0);

  @Nested
  class PublishedExamples {

    /**
     * The foundation issue's worked example: FCF 100 growing 10 % a year to year 5, r = 10 %,
     * Gordon g = 3 %, net debt 200, 100 shares. By hand: each year's PV is 100/1.1 = 90.909 (the
     * growth equals the rate), Σ = 454.545; TV = 146.41·1.03/0.07 = 2,154.32; PV(TV) =
     * 2,154.32/1.1^5 = 1,337.66; EV = 1,792.21; equity = 1,592.21; 15.92 a share.
     */
    @Test
    void foundationWorkedExample() {
      DcfAssumptions a = new DcfAssumptions(new ExplicitCashFlows(List.of(100.0, 110.0, 121.0, 133.1, 146.41)),
          new Given(0.10), new GordonGrowth(0.03), false, 200, 0, 0, 100);

      DcfValuation v = ENGINE.value(a);

      assertThat(v.terminalValue()).isCloseTo(2154.32, CENT);
      assertThat(v.presentValueOfTerminalValue()).isCloseTo(1337.66, CENT);
      assertThat(v.sumOfPresentValues()).isCloseTo(454.55, CENT);
      assertThat(v.enterpriseValue()).isCloseTo(1792.21, CENT);
      assertThat(v.equityValue()).isCloseTo(1592.21, CENT);
      assertThat(v.valuePerShare()).isCloseTo(15.92, CENT);
      assertThat(v.years()).extracting(DcfValuation.DcfYear::presentValue)
          .allSatisfy(pv -> assertThat(pv).isCloseTo(90.909, within(0.001)));
    }

    /**
     * Microsoft Excel NPV function documentation, example 1: NPV(10%, −10,000, 3,000, 4,200,
     * 6,800) = 1,188.44 (the −10,000 falls at the end of year 1, like every flow NPV() sees).
     */
    @Test
    void excelNpvExampleOne() {
      DcfValuation v = ENGINE.value(explicit(List.of(-10_000.0, 3_000.0, 4_200.0, 6_800.0), 0.10, NO_TERMINAL));

      assertThat(v.enterpriseValue()).isCloseTo(1188.44, CENT);
    }

    /**
     * Microsoft Excel NPV function documentation, example 2: rate 8 %, returns 8,000, 9,200,
     * 10,000, 12,000, 14,500 in years 1–5; NPV(8%, B3:B7) + (−40,000) = 1,922.06, so the PV of the
     * five returns is 41,922.06.
     */
    @Test
    void excelNpvExampleTwo() {
      DcfValuation v = ENGINE.value(
          explicit(List.of(8_000.0, 9_200.0, 10_000.0, 12_000.0, 14_500.0), 0.08, NO_TERMINAL));

      assertThat(v.enterpriseValue() - 40_000).isCloseTo(1922.06, CENT);
    }
  }

  @Nested
  class Parts {

    /** CAPM k_e = 4 % + 1.2·5 % = 10 %; k_d after tax = 6 %·0.75 = 4.5 %; WACC = 0.6·10 % + 0.4·4.5 % = 7.8 %. */
    @Test
    void waccFromCapm() {
      WaccAssumptions w = new WaccAssumptions(null, 0.04, 1.2, 0.05, 0.06, 0.25, 0.6);

      assertThat(w.effectiveCostOfEquity()).isCloseTo(0.10, EXACT);
      assertThat(w.afterTaxCostOfDebt()).isCloseTo(0.045, EXACT);
      assertThat(w.rate()).isCloseTo(0.078, EXACT);
    }

    @Test
    void givenCostOfEquityTakesPrecedenceOverCapm() {
      WaccAssumptions w = new WaccAssumptions(0.12, null, null, null, 0.05, 0.2, 0.5);

      assertThat(w.rate()).isCloseTo(0.5 * 0.12 + 0.5 * 0.04, EXACT);
    }

    /**
     * Base revenue 1,000, growth 10 %, EBIT margin 20 %, tax 25 %, sales-to-capital 2,
     * depreciation 5 % of revenue. Year 1 by hand: revenue 1,100; EBIT 220; NOPAT 165;
     * reinvestment (1,100 − 1,000)/2 = 50; FCFF 115; EBITDA 220 + 55 = 275.
     */
    @Test
    void revenueProjectionYearOne() {
      RevenueProjection p = new RevenueProjection(1_000, 3, List.of(0.10, 0.10, 0.10), List.of(0.2, 0.2, 0.2),
          0.25, 2, 0.05);

      CashFlowForecast.ProjectedYear first = p.project().get(0);

      assertThat(first.revenue()).isCloseTo(1_100, EXACT);
      assertThat(first.ebit()).isCloseTo(220, EXACT);
      assertThat(first.freeCashFlow()).isCloseTo(115, EXACT);
      assertThat(first.ebitda()).isCloseTo(275, EXACT);
      assertThat(p.project().get(2).revenue()).isCloseTo(1_331, EXACT);
    }

    /** TV = multiple × EBITDA_N, and with a projection EBITDA_N comes from the last projected year. */
    @Test
    void exitMultipleUsesProjectedEbitdaWhenNoneGiven() {
      RevenueProjection p = new RevenueProjection(1_000, 2, List.of(0.0, 0.0), List.of(0.2, 0.2), 0.25, 2, 0.05);
      DcfAssumptions a = new DcfAssumptions(p, new Given(0.1), new ExitMultiple(8, null), false, 0, 0, 0, 10);

      DcfValuation v = ENGINE.value(a);

      assertThat(v.terminalValue()).isCloseTo(8 * 250, EXACT);
      assertThat(v.presentValueOfTerminalValue()).isCloseTo(2_000 / 1.21, EXACT);
    }

    @Test
    void equityBridge() {
      DcfAssumptions a = new DcfAssumptions(new ExplicitCashFlows(List.of(100.0)), new Given(0.1),
          new GordonGrowth(0.0), false, 250, 40, 15, 50);

      DcfValuation v = ENGINE.value(a);

      assertThat(v.equityValue()).isCloseTo(v.enterpriseValue() - 250 - 40 + 15, EXACT);
      assertThat(v.valuePerShare()).isCloseTo(v.equityValue() / 50, EXACT);
      assertThat(v.terminalValueShare()).isCloseTo(v.presentValueOfTerminalValue() / v.enterpriseValue(), EXACT);
    }
  }

  @Nested
  class Invariants {

    private final List<Double> flows = List.of(80.0, 95.0, 102.0, 110.0, 118.0, 121.0);

    @Test
    void valueFallsAsTheDiscountRateRises() {
      double previous = Double.MAX_VALUE;
      for (double r = 0.05; r <= 0.20; r += 0.01) {
        double ev = ENGINE.value(explicit(flows, r, new GordonGrowth(0.02))).enterpriseValue();
        assertThat(ev).isLessThan(previous);
        previous = ev;
      }
    }

    @Test
    void valueRisesWithTerminalGrowth() {
      double previous = -Double.MAX_VALUE;
      for (double g = -0.02; g <= 0.06; g += 0.01) {
        double ev = ENGINE.value(explicit(flows, 0.09, new GordonGrowth(g))).enterpriseValue();
        assertThat(ev).isGreaterThan(previous);
        previous = ev;
      }
    }

    /** Mid-year moves each flow half a year earlier: its PV grows by exactly (1 + r)^½; TV is untouched. */
    @Test
    void midYearConventionPullsEachFlowHalfAYearCloser() {
      DcfAssumptions endOfYear = explicit(flows, 0.09, new GordonGrowth(0.02));
      DcfAssumptions midYear = new DcfAssumptions(endOfYear.cashFlows(), endOfYear.discountRate(),
          endOfYear.terminal(), true, 0, 0, 0, 1);

      DcfValuation end = ENGINE.value(endOfYear);
      DcfValuation mid = ENGINE.value(midYear);

      assertThat(mid.sumOfPresentValues()).isCloseTo(end.sumOfPresentValues() * Math.sqrt(1.09), within(1e-9));
      assertThat(mid.presentValueOfTerminalValue()).isCloseTo(end.presentValueOfTerminalValue(), EXACT);
    }

    /** A Gordon TV equals the PV at year N of the growing perpetuity, summed out far enough. */
    @Test
    void gordonTerminalValueIsTheGrowingPerpetuity() {
      double r = 0.1;
      double g = 0.03;
      double lastFlow = 146.41;
      double perpetuity = 0;
      for (int k = 1; k <= 2_000; k++) {
        perpetuity += lastFlow * Math.pow(1 + g, k) / Math.pow(1 + r, k);
      }

      double tv = ENGINE.value(explicit(List.of(lastFlow), r, new GordonGrowth(g))).terminalValue();

      assertThat(tv).isCloseTo(perpetuity, within(1e-6));
    }

    @Test
    void everyYearReportsItsDiscountFactorAndPresentValue() {
      DcfValuation v = ENGINE.value(explicit(flows, 0.09, new GordonGrowth(0.02)));

      assertThat(v.years()).hasSize(flows.size());
      v.years().forEach(y -> {
        assertThat(y.discountFactor()).isCloseTo(Math.pow(1.09, -y.year()), EXACT);
        assertThat(y.presentValue()).isCloseTo(y.freeCashFlow() * y.discountFactor(), EXACT);
      });
      assertThat(v.sumOfPresentValues())
          .isCloseTo(v.years().stream().mapToDouble(DcfValuation.DcfYear::presentValue).sum(), EXACT);
    }
  }
}
