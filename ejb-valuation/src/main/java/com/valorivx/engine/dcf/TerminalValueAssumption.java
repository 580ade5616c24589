package com.valorivx.engine.dcf;

import com.valorivx.engine.common.Checks;

/** How the value beyond the last forecast year is captured. */
public sealed interface TerminalValueAssumption
    permits TerminalValueAssumption.GordonGrowth, TerminalValueAssumption.ExitMultiple {

  /**
   * Gordon growth: TV_N = FCF_N·(1 + g)/(r − g). The growth must stay below the discount rate;
   * that check needs both and is made by {@link DcfAssumptions}.
   */
  record GordonGrowth(double growth) implements TerminalValueAssumption {
    public GordonGrowth {
      Checks checks = Checks.start();
      if (checks.finite(growth, "terminal.growth")) {
        checks.require(growth > -1 && growth < 1, "terminal.growth", () -> "must be a decimal rate in (-1, 1), was " + growth);
      }
      checks.throwIfAny();
    }
  }

  /**
   * Exit multiple: TV_N = multiple·EBITDA_N.
   *
   * @param terminalEbitda EBITDA of year N; null to take it from a revenue projection
   */
  record ExitMultiple(double multiple, Double terminalEbitda) implements TerminalValueAssumption {
    public ExitMultiple {
      Checks checks = Checks.start();
      if (checks.finite(multiple, "terminal.multiple")) {
        checks.require(multiple > 0, "terminal.multiple", "must be positive");
      }
      if (terminalEbitda != null) {
        checks.finite(terminalEbitda, "terminal.terminalEbitda");
      }
      checks.throwIfAny();
    }
  }
}
