package com.valorivx.engine.dcf;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.dcf.TerminalValueAssumption.ExitMultiple;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import java.util.Objects;

/**
 * Inputs to an unlevered DCF. Rates are decimals (0.085 = 8.5 %); cash flows are year-end unless
 * {@code midYear}; amounts are in the model's currency; {@code sharesOutstanding} in shares.
 * Equity value = EV − net debt − minority interest + non-operating assets.
 */
public record DcfAssumptions(CashFlowForecast cashFlows, DiscountRateAssumption discountRate,
    TerminalValueAssumption terminal, boolean midYear, double netDebt, double minorityInterest,
    double nonOperatingAssets, double sharesOutstanding) {

  public DcfAssumptions {
    Objects.requireNonNull(cashFlows, "cashFlows");
    Objects.requireNonNull(discountRate, "discountRate");
    Objects.requireNonNull(terminal, "terminal");
    Checks checks = Checks.start();
    checks.finite(netDebt, "netDebt");
    if (checks.finite(minorityInterest, "minorityInterest")) {
      checks.require(minorityInterest >= 0, "minorityInterest", "must not be negative");
    }
    if (checks.finite(nonOperatingAssets, "nonOperatingAssets")) {
      checks.require(nonOperatingAssets >= 0, "nonOperatingAssets", "must not be negative");
    }
    if (checks.finite(sharesOutstanding, "sharesOutstanding")) {
      checks.require(sharesOutstanding > 0, "sharesOutstanding", () -> "must be positive, was " + sharesOutstanding);
    }
    if (terminal instanceof GordonGrowth gordon) {
      checks.require(gordon.growth() < discountRate.rate(), "terminal.growth",
          () -> "(" + Checks.percent(gordon.growth()) + ") must be below the discount rate ("
              + Checks.percent(discountRate.rate()) + ")");
    }
    if (terminal instanceof ExitMultiple exit) {
      checks.require(exit.terminalEbitda() != null || cashFlows instanceof RevenueProjection,
          "terminal.terminalEbitda", "is required unless a projection gives EBITDA");
    }
    checks.throwIfAny();
  }

  /** The same assumptions with another discount rate and terminal value (for grids and swings). */
  public DcfAssumptions with(DiscountRateAssumption otherRate, TerminalValueAssumption otherTerminal) {
    return new DcfAssumptions(cashFlows, otherRate, otherTerminal, midYear, netDebt, minorityInterest,
        nonOperatingAssets, sharesOutstanding);
  }
}
