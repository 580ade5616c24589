package com.valorivx.engine.dcf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.dcf.DiscountRateAssumption.Given;
import com.valorivx.engine.dcf.TerminalValueAssumption.ExitMultiple;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Impossible assumptions are rejected with the field named, never clamped. */
class DcfValidationTest {

  private static final ExplicitCashFlows FLOWS = new ExplicitCashFlows(List.of(100.0, 110.0));

  private static void rejects(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidAssumptionsException.class)
        .extracting(e -> ((InvalidAssumptionsException) e).errors())
        .asList()
        .extracting(e -> ((FieldError) e).field())
        .contains(field);
  }

  @Test
  void growthAtOrAboveTheDiscountRate() {
    rejects(() -> new DcfAssumptions(FLOWS, new Given(0.08), new GordonGrowth(0.08), false, 0, 0, 0, 1),
        "terminal.growth");
    rejects(() -> new DcfAssumptions(FLOWS, new Given(0.08), new GordonGrowth(0.09), false, 0, 0, 0, 1),
        "terminal.growth");
  }

  @Test
  void growthMessageSpeaksInPercent() {
    assertThatThrownBy(() -> new DcfAssumptions(FLOWS, new Given(0.1), new GordonGrowth(0.12), false, 0, 0, 0, 1))
        .hasMessageContaining("(12%) must be below the discount rate (10%)");
    // 0.07 × 100 is 7.000000000000001 in binary floating point; the message must still say 7%.
    assertThatThrownBy(() -> new DcfAssumptions(FLOWS, new Given(0.07), new GordonGrowth(0.07), false, 0, 0, 0, 1))
        .hasMessageContaining("(7%) must be below the discount rate (7%)");
  }

  @Test
  void noCashFlows() {
    rejects(() -> new ExplicitCashFlows(List.of()), "freeCashFlows");
  }

  @Test
  void horizonOverFiftyYears() {
    rejects(() -> new ExplicitCashFlows(Collections.nCopies(51, 1.0)), "freeCashFlows");
    rejects(() -> new RevenueProjection(100, 51, Collections.nCopies(51, 0.0), Collections.nCopies(51, 0.1), 0.2, 1, 0),
        "projection.years");
  }

  @Test
  void nonFiniteNumbers() {
    List<Double> flows = new ArrayList<>(List.of(1.0, Double.POSITIVE_INFINITY));
    rejects(() -> new ExplicitCashFlows(flows), "freeCashFlows[1]");
    rejects(() -> new Given(Double.NaN), "discountRate");
    rejects(() -> new DcfAssumptions(FLOWS, new Given(0.1), new GordonGrowth(0.02), false, Double.NaN, 0, 0, 1),
        "netDebt");
  }

  /** Finite inputs whose value overflows a double are refused, not stored as infinity. */
  @Test
  void overflowingValue() {
    DcfAssumptions huge = new DcfAssumptions(new ExplicitCashFlows(List.of(1e308, 1e308)), new Given(0.1),
        new GordonGrowth(0.02), false, 0, 0, 0, 1);

    rejects(() -> DcfEngine.DEFAULT.value(huge), "freeCashFlows");
  }

  @Test
  void sharesMustBePositive() {
    rejects(() -> new DcfAssumptions(FLOWS, new Given(0.1), new GordonGrowth(0.02), false, 0, 0, 0, 0),
        "sharesOutstanding");
    rejects(() -> new DcfAssumptions(FLOWS, new Given(0.1), new GordonGrowth(0.02), false, 0, 0, 0, -5),
        "sharesOutstanding");
  }

  /** 8.5 is almost surely "8.5 %" typed as a number: refused rather than read as 850 %. */
  @Test
  void discountRateOutsideUnitInterval() {
    rejects(() -> new Given(8.5), "discountRate");
    rejects(() -> new Given(0), "discountRate");
  }

  @Test
  void exitMultipleWithoutEbitdaAndNoProjection() {
    rejects(() -> new DcfAssumptions(FLOWS, new Given(0.1), new ExitMultiple(8, null), false, 0, 0, 0, 1),
        "terminal.terminalEbitda");
  }

  @Test
  void projectionFields() {
    rejects(() -> new RevenueProjection(-1, 1, List.of(0.1), List.of(0.1), 0.2, 1, 0), "projection.baseRevenue");
    rejects(() -> new RevenueProjection(100, 1, List.of(0.1), List.of(0.1), 1.0, 1, 0), "projection.taxRate");
    rejects(() -> new RevenueProjection(100, 1, List.of(0.1), List.of(0.1), 0.2, 0, 0), "projection.salesToCapital");
    rejects(() -> new RevenueProjection(100, 2, List.of(0.1), List.of(0.1, 0.1), 0.2, 1, 0), "projection.revenueGrowth");
    rejects(() -> new RevenueProjection(100, 1, List.of(-1.0), List.of(0.1), 0.2, 1, 0), "projection.revenueGrowth");
    rejects(() -> new RevenueProjection(100, 1, List.of(0.1), List.of(1.5), 0.2, 1, 0), "projection.ebitMargin");
  }

  @Test
  void waccFields() {
    rejects(() -> new WaccAssumptions(null, null, 1.0, 0.05, 0.05, 0.2, 0.6), "wacc.riskFreeRate");
    rejects(() -> new WaccAssumptions(0.1, null, null, null, 0.05, 0.2, 0), "wacc.equityWeight");
    rejects(() -> new WaccAssumptions(0.1, null, null, null, 0.05, 1.2, 0.5), "wacc.taxRate");
  }
}
