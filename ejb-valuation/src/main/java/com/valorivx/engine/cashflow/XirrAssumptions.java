package com.valorivx.engine.cashflow;

import com.valorivx.engine.common.Checks;
import java.util.List;

/**
 * Inputs to an internal rate of return of cash flows on calendar dates (Excel's {@code XIRR()}).
 *
 * @param flows the dated amounts; the first one's date is t = 0 and no other date may precede it
 * @param guess where the search starts, a decimal above −1; Excel's default is 0.10
 */
public record XirrAssumptions(List<DatedCashFlow> flows, double guess) {

  public XirrAssumptions {
    Checks checks = Checks.start();
    CashFlowLimits.flows(checks, flows, "flows");
    CashFlowLimits.rate(checks, guess, "guess");
    checks.throwIfAny();
    flows = List.copyOf(flows);
  }
}
