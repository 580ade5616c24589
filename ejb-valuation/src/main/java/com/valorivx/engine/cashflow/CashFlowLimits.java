package com.valorivx.engine.cashflow;

import com.valorivx.engine.common.Checks;
import java.util.List;

/** The checks every cash-flow function shares: list size, finite amounts, and rates above −100 %. */
final class CashFlowLimits {

  /** Most cash flows one call accepts. */
  static final int MAX_FLOWS = 10_000;

  private CashFlowLimits() {
  }

  static void amounts(Checks checks, List<Double> amounts, String field) {
    if (amounts == null || amounts.isEmpty()) {
      checks.reject(field, "needs at least one cash flow");
      return;
    }
    int size = amounts.size();
    if (size > MAX_FLOWS) {
      checks.reject(field, "has " + size + " cash flows; at most " + MAX_FLOWS + " are accepted");
      return;
    }
    for (int i = 0; i < size; i++) {
      checks.finiteAt(amounts.get(i), field, i);
    }
  }

  static void flows(Checks checks, List<DatedCashFlow> flows, String field) {
    if (flows == null || flows.isEmpty()) {
      checks.reject(field, "needs at least one cash flow");
      return;
    }
    int size = flows.size();
    if (size > MAX_FLOWS) {
      checks.reject(field, "has " + size + " cash flows; at most " + MAX_FLOWS + " are accepted");
      return;
    }
    DatedCashFlow first = flows.get(0);
    for (int i = 0; i < size; i++) {
      DatedCashFlow flow = flows.get(i);
      if (flow == null) {
        checks.reject(field + "[" + i + "]", "is required");
        continue;
      }
      checks.finite(flow.amount(), field + "[" + i + "].amount");
      if (first != null && flow.date().isBefore(first.date())) {
        checks.reject(field + "[" + i + "].date", "precedes the first flow's date " + first.date()
            + "; times are counted from the first date");
      }
    }
  }

  /** A rate above −100 %: at −100 % or below the discount factor (1 + r)^−t is undefined. */
  static void rate(Checks checks, double rate, String field) {
    if (!Double.isFinite(rate)) {
      checks.reject(field, "must be a finite number");
    } else {
      checks.require(rate > -1, field, () -> "must be above −100% (it is " + Checks.percent(rate) + ")");
    }
  }
}
