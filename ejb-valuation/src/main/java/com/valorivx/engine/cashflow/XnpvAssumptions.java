package com.valorivx.engine.cashflow;

import com.valorivx.engine.common.Checks;
import java.util.List;

/**
 * Inputs to a net present value of cash flows on calendar dates (Excel's {@code XNPV()}).
 *
 * @param rate the annual discount rate, a decimal above −1
 * @param flows the dated amounts; the first one's date is t = 0 and no other date may precede
 *     it; 1 to 10,000 flows
 */
public record XnpvAssumptions(double rate, List<DatedCashFlow> flows) {

  public XnpvAssumptions {
    Checks checks = Checks.start();
    CashFlowLimits.rate(checks, rate, "rate");
    CashFlowLimits.flows(checks, flows, "flows");
    checks.throwIfAny();
    flows = List.copyOf(flows);
  }
}
