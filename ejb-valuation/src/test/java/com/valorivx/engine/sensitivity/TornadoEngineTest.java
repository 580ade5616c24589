package com.valorivx.engine.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DcfEngine;
import com.valorivx.engine.dcf.DcfValuation;
import com.valorivx.engine.dcf.DiscountRateAssumption.Given;
import com.valorivx.engine.dcf.ExplicitCashFlows;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption.ExitMultiple;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import com.valorivx.engine.dcf.WaccAssumptions;
import com.valorivx.engine.sensitivity.TornadoAnalysis.TornadoBar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class TornadoEngineTest {

  /** Hand-computed values are rounded to the cent in the comment below; this is the rounding allowance. */
  private static final double HAND_ROUNDING = 0.005;
  /** A bar and a direct revaluation run the same arithmetic: any difference is a defect. */
  private static final double SAME_ARITHMETIC = 1e-9;

  private static final TornadoEngine ENGINE = TornadoEngine.DEFAULT;

  private static TornadoAnalysis analyse(DcfAssumptions base, Map<TornadoInput, Double> swings) {
    return ENGINE.analyse(new TornadoAssumptions(base, swings));
  }

  private static TornadoBar bar(TornadoAnalysis analysis, TornadoInput input) {
    return analysis.bars().stream().filter(b -> b.input() == input).findFirst().orElseThrow();
  }

  /**
   * Hand-computed: one year of FCF 100, r 10 %, g 0, net debt 200, 100 shares. With one year the
   * Gordon DCF collapses to EV = FCF_1/(1 + r) + FCF_1(1 + g)/((r − g)(1 + r)) = FCF_1/(r − g) = 1,000,
   * equity 800, 8.00 a share. Default swings:
   * <ul>
   *   <li>discount rate 9 % / 11 %: EV 100/0.09 = 1,111.11 and 100/0.11 = 909.09 → 9.1111 / 7.0909 a
   *       share, spread 2.0202;</li>
   *   <li>free cash flows ×0.9 / ×1.1: EV 900 / 1,100 → 7.00 / 9.00, spread 2.00;</li>
   *   <li>terminal growth −0.5 % / +0.5 %: EV 100/0.105 = 952.38 and 100/0.095 = 1,052.63 →
   *       7.5238 / 8.5263, spread 1.0025;</li>
   *   <li>net debt 180 / 220: EV unchanged, 8.20 / 7.80, spread 0.40.</li>
   * </ul>
   */
  @Test
  void handComputedOneYearGordonExample() {
    DcfAssumptions base = new DcfAssumptions(new ExplicitCashFlows(List.of(100.0)), new Given(0.10),
        new GordonGrowth(0.0), false, 200, 0, 0, 100);

    TornadoAnalysis tornado = analyse(base, Map.of());

    assertThat(tornado.base().enterpriseValue()).isCloseTo(1000, within(HAND_ROUNDING));
    assertThat(tornado.bars()).extracting(TornadoBar::input).containsExactly(TornadoInput.DISCOUNT_RATE,
        TornadoInput.FREE_CASH_FLOWS, TornadoInput.TERMINAL_GROWTH, TornadoInput.NET_DEBT);
    TornadoBar rate = tornado.bars().get(0);
    assertThat(rate.low().inputValue()).isCloseTo(0.09, within(1e-12));
    assertThat(rate.low().enterpriseValue()).isCloseTo(1111.11, within(HAND_ROUNDING));
    assertThat(rate.high().enterpriseValue()).isCloseTo(909.09, within(HAND_ROUNDING));
    assertThat(rate.valuePerShareSpread()).isCloseTo(2.0202, within(0.00005));
    TornadoBar flows = tornado.bars().get(1);
    assertThat(flows.low().inputValue()).isCloseTo(90, within(1e-9));
    assertThat(flows.low().valuePerShare()).isCloseTo(7.00, within(HAND_ROUNDING));
    assertThat(flows.high().valuePerShare()).isCloseTo(9.00, within(HAND_ROUNDING));
    TornadoBar growth = tornado.bars().get(2);
    assertThat(growth.low().enterpriseValue()).isCloseTo(952.38, within(HAND_ROUNDING));
    assertThat(growth.high().enterpriseValue()).isCloseTo(1052.63, within(HAND_ROUNDING));
    TornadoBar debt = tornado.bars().get(3);
    assertThat(debt.low().inputValue()).isCloseTo(180, within(1e-9));
    assertThat(debt.low().valuePerShare()).isCloseTo(8.20, within(HAND_ROUNDING));
    assertThat(debt.high().valuePerShare()).isCloseTo(7.80, within(HAND_ROUNDING));
    assertThat(debt.enterpriseValueSpread()).isZero();
  }

  // A projection valued at a CAPM WACC with Gordon growth: every input but the explicit flows and the exit
  // multiple applies. Built from named parameters so a test can rebuild it with one of them changed.
  private static final Map<String, Double> PROJECTION_BASE = Map.ofEntries(
      Map.entry("projection.baseRevenue", 1000.0), Map.entry("projection.revenueGrowth", 0.0),
      Map.entry("projection.ebitMargin", 0.0), Map.entry("projection.taxRate", 0.25),
      Map.entry("projection.salesToCapital", 2.0), Map.entry("wacc.riskFreeRate", 0.04), Map.entry("wacc.beta", 1.1),
      Map.entry("wacc.equityRiskPremium", 0.055), Map.entry("wacc.preTaxCostOfDebt", 0.06),
      Map.entry("wacc.equityWeight", 0.7), Map.entry("terminal.growth", 0.025), Map.entry("netDebt", 200.0));

  private static final List<Double> GROWTH = List.of(0.08, 0.07, 0.06, 0.05, 0.04);
  private static final List<Double> MARGIN = List.of(0.12, 0.13, 0.14, 0.15, 0.15);

  /** The projection base with parameter values from {@code p}; "revenueGrowth"/"ebitMargin" are shifts of every year. */
  private static DcfAssumptions projectionBase(Map<String, Double> p, Double givenRate) {
    double growthShift = p.get("projection.revenueGrowth");
    double marginShift = p.get("projection.ebitMargin");
    RevenueProjection projection = new RevenueProjection(p.get("projection.baseRevenue"), 5,
        GROWTH.stream().map(g -> g + growthShift).toList(), MARGIN.stream().map(m -> m + marginShift).toList(),
        p.get("projection.taxRate"), p.get("projection.salesToCapital"), 0.03);
    var rate = givenRate != null ? new Given(givenRate) : new WaccAssumptions(null, p.get("wacc.riskFreeRate"),
        p.get("wacc.beta"), p.get("wacc.equityRiskPremium"), p.get("wacc.preTaxCostOfDebt"), 0.25, p.get("wacc.equityWeight"));
    return new DcfAssumptions(projection, rate, new GordonGrowth(p.get("terminal.growth")), false, p.get("netDebt"), 0, 0, 50);
  }

  @Test
  void baseEqualsTheDcfEngineAndEveryBarEqualsADirectRevaluationWithThatInputChanged() {
    DcfAssumptions base = projectionBase(PROJECTION_BASE, null);

    TornadoAnalysis tornado = analyse(base, Map.of());

    DcfValuation direct = DcfEngine.DEFAULT.value(base);
    assertThat(tornado.base()).isEqualTo(direct);
    assertThat(tornado.bars()).extracting(TornadoBar::input).containsExactlyInAnyOrder(TornadoInput.DISCOUNT_RATE,
        TornadoInput.TERMINAL_GROWTH, TornadoInput.BASE_REVENUE, TornadoInput.REVENUE_GROWTH, TornadoInput.EBIT_MARGIN,
        TornadoInput.TAX_RATE, TornadoInput.SALES_TO_CAPITAL, TornadoInput.RISK_FREE_RATE, TornadoInput.BETA,
        TornadoInput.EQUITY_RISK_PREMIUM, TornadoInput.PRE_TAX_COST_OF_DEBT, TornadoInput.EQUITY_WEIGHT,
        TornadoInput.NET_DEBT);
    for (TornadoBar bar : tornado.bars()) {
      assertThat(bar.invalid()).as("%s", bar).isFalse();
      if (bar.input() == TornadoInput.DISCOUNT_RATE) {
        assertSide(bar, bar.low().enterpriseValue(), projectionBase(PROJECTION_BASE, direct.discountRate() - 0.01));
        assertSide(bar, bar.high().enterpriseValue(), projectionBase(PROJECTION_BASE, direct.discountRate() + 0.01));
        continue;
      }
      String key = bar.input().key();
      boolean absolute = bar.input().kind() == SwingKind.ABSOLUTE;
      double swing = bar.input().defaultSwing();
      DoubleUnaryOperator down = absolute ? x -> x - swing : x -> x * (1 - swing);
      DoubleUnaryOperator up = absolute ? x -> x + swing : x -> x * (1 + swing);
      assertSide(bar, bar.low().enterpriseValue(), projectionBase(changed(key, down), null));
      assertSide(bar, bar.high().enterpriseValue(), projectionBase(changed(key, up), null));
      assertThat(bar.low().valuePerShare()).isCloseTo(
          DcfEngine.DEFAULT.value(projectionBase(changed(key, down), null)).valuePerShare(), within(SAME_ARITHMETIC));
    }
  }

  private static Map<String, Double> changed(String key, DoubleUnaryOperator change) {
    Map<String, Double> p = new HashMap<>(PROJECTION_BASE);
    p.put(key, change.applyAsDouble(p.get(key)));
    return p;
  }

  private static void assertSide(TornadoBar bar, Double value, DcfAssumptions expected) {
    assertThat(value).as("%s", bar.input()).isCloseTo(DcfEngine.DEFAULT.value(expected).enterpriseValue(),
        within(SAME_ARITHMETIC));
  }

  @Test
  void barsAreSortedByValuePerShareSpreadWidestFirst() {
    TornadoAnalysis tornado = analyse(projectionBase(PROJECTION_BASE, null), Map.of());

    List<Double> spreads = tornado.bars().stream().map(TornadoBar::valuePerShareSpread).toList();
    assertThat(spreads).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(spreads.get(0)).isGreaterThan(spreads.get(spreads.size() - 1));
    for (TornadoBar bar : tornado.bars()) {
      double expected = Math.abs(bar.high().valuePerShare() - bar.low().valuePerShare());
      assertThat(bar.valuePerShareSpread()).as("%s", bar.input()).isCloseTo(expected, within(SAME_ARITHMETIC));
    }
  }

  @Test
  void gordonSigns_higherRateLowersValue_higherGrowthRaisesIt() {
    for (double rate : List.of(0.06, 0.09, 0.15)) {
      for (double growth : List.of(-0.01, 0.0, 0.02, 0.04)) {
        DcfAssumptions base = new DcfAssumptions(new ExplicitCashFlows(List.of(100.0, 110.0, 121.0, 133.1, 146.41)),
            new Given(rate), new GordonGrowth(growth), false, 200, 0, 0, 100);
        TornadoAnalysis tornado = analyse(base, Map.of(TornadoInput.DISCOUNT_RATE, 0.005));

        TornadoBar r = bar(tornado, TornadoInput.DISCOUNT_RATE);
        TornadoBar g = bar(tornado, TornadoInput.TERMINAL_GROWTH);
        double ev = tornado.base().enterpriseValue();
        assertThat(r.low().enterpriseValue()).as("r %s g %s", rate, growth).isGreaterThan(ev);
        assertThat(r.high().enterpriseValue()).as("r %s g %s", rate, growth).isLessThan(ev);
        assertThat(g.low().enterpriseValue()).as("r %s g %s", rate, growth).isLessThan(ev);
        assertThat(g.high().enterpriseValue()).as("r %s g %s", rate, growth).isGreaterThan(ev);
      }
    }
  }

  @Test
  void aSwingThatPutsTheRateBelowGrowthIsReportedInvalidNotClamped() {
    DcfAssumptions base = new DcfAssumptions(new ExplicitCashFlows(List.of(100.0, 110.0)), new Given(0.10),
        new GordonGrowth(0.03), false, 0, 0, 0, 10);

    TornadoAnalysis tornado = analyse(base, Map.of(TornadoInput.DISCOUNT_RATE, 0.08, TornadoInput.TERMINAL_GROWTH, 0.08));

    TornadoBar rate = bar(tornado, TornadoInput.DISCOUNT_RATE);
    assertThat(rate.invalid()).isTrue();
    assertThat(rate.low().valid()).isFalse();
    assertThat(rate.low().inputValue()).isCloseTo(0.02, within(1e-12));
    assertThat(rate.low().enterpriseValue()).isNull();
    assertThat(rate.low().invalidReason()).contains("terminal.growth").contains("below the discount rate");
    assertThat(rate.high().valid()).isTrue();
    assertThat(rate.valuePerShareSpread())
        .isCloseTo(tornado.base().valuePerShare() - rate.high().valuePerShare(), within(SAME_ARITHMETIC));
    TornadoBar growth = bar(tornado, TornadoInput.TERMINAL_GROWTH);
    assertThat(growth.high().inputValue()).isCloseTo(0.11, within(1e-12));
    assertThat(growth.high().valid()).isFalse();
    assertThat(growth.low().valid()).isTrue();
  }

  @Test
  void exitMultipleBarMovesEvByTheDiscountedChangeInTerminalValue() {
    DcfAssumptions base = new DcfAssumptions(new ExplicitCashFlows(List.of(100.0, 110.0, 121.0, 133.1, 146.41)),
        new Given(0.10), new ExitMultiple(10, 150.0), false, 200, 0, 0, 100);

    TornadoAnalysis tornado = analyse(base, Map.of(TornadoInput.EXIT_MULTIPLE, 0.2));

    TornadoBar multiple = bar(tornado, TornadoInput.EXIT_MULTIPLE);
    assertThat(multiple.low().inputValue()).isCloseTo(8, within(1e-12));
    // TV moves by ±2×150 = ±300, discounted 5 years at 10 %.
    assertThat(multiple.enterpriseValueSpread()).isCloseTo(600 / Math.pow(1.1, 5), within(SAME_ARITHMETIC));
    assertThat(tornado.bars()).extracting(TornadoBar::input).doesNotContain(TornadoInput.TERMINAL_GROWTH)
        .contains(TornadoInput.TERMINAL_EBITDA);
  }

  @Test
  void swingOfZeroLeavesTheInputOut() {
    DcfAssumptions base = new DcfAssumptions(new ExplicitCashFlows(List.of(100.0)), new Given(0.10),
        new GordonGrowth(0.0), false, 200, 0, 0, 100);

    TornadoAnalysis tornado = analyse(base, Map.of(TornadoInput.NET_DEBT, 0.0));

    assertThat(tornado.bars()).extracting(TornadoBar::input).doesNotContain(TornadoInput.NET_DEBT).hasSize(3);
  }

  @Test
  void swingsForInputsTheBaseLacksAndNegativeSwingsAreRejectedByField() {
    DcfAssumptions base = new DcfAssumptions(new ExplicitCashFlows(List.of(100.0)), new Given(0.10),
        new GordonGrowth(0.0), false, 200, 0, 0, 100);

    assertThatThrownBy(() -> new TornadoAssumptions(base, Map.of(TornadoInput.EXIT_MULTIPLE, 0.1,
        TornadoInput.DISCOUNT_RATE, -0.01, TornadoInput.TERMINAL_GROWTH, 2.0)))
        .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(e.errors())
            .extracting(error -> error.field())
            .containsExactlyInAnyOrder("swings.terminal.multiple", "swings.discountRate", "swings.terminal.growth"));
  }
}
