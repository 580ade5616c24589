package com.valorivx.engine.dcf;

import com.valorivx.engine.common.Checks;
import java.util.ArrayList;
import java.util.List;

/** Free cash flows to the firm for years 1..N, given outright (year-end amounts). */
public record ExplicitCashFlows(List<Double> freeCashFlows) implements CashFlowForecast {

  public ExplicitCashFlows {
    Checks checks = Checks.start();
    if (freeCashFlows == null || freeCashFlows.isEmpty()) {
      checks.reject("freeCashFlows", "needs at least one year of cash flow");
    } else {
      int years = freeCashFlows.size();
      checks.require(years <= MAX_YEARS, "freeCashFlows",
          () -> "covers " + years + " years; the horizon is at most " + MAX_YEARS);
      for (int i = 0; i < freeCashFlows.size(); i++) {
        checks.finiteAt(freeCashFlows.get(i), "freeCashFlows", i);
      }
    }
    checks.throwIfAny();
    freeCashFlows = List.copyOf(freeCashFlows);
  }

  @Override
  public List<ProjectedYear> project() {
    List<ProjectedYear> years = new ArrayList<>(freeCashFlows.size());
    for (int t = 1; t <= freeCashFlows.size(); t++) {
      years.add(new ProjectedYear(t, null, null, null, freeCashFlows.get(t - 1)));
    }
    return years;
  }
}
