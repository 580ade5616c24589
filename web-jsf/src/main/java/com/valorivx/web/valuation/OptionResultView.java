package com.valorivx.web.valuation;

import com.valorivx.engine.option.OptionGreeks;
import com.valorivx.engine.option.OptionValuation;
import com.valorivx.valuation.OptionProfile;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * What the options page shows of a valuation: price, greeks as rows of a table, the Monte Carlo
 * standard error, the stored run, and the value-across-spot chart (null when it could not be drawn).
 */
public record OptionResultView(UUID runId, double price, Double standardError, List<GreekRow> greeks,
    String chartJson, String chartNote) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One greek: its name, value per unit change and what the unit is. */
  public record GreekRow(String name, double value, String unit) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  static OptionResultView of(UUID runId, OptionValuation valuation, OptionProfile profile, double spot,
      String methodLabel) {
    OptionGreeks g = valuation.greeks();
    List<GreekRow> greeks = List.of(
        new GreekRow("Delta", g.delta(), "per 1.00 of spot"),
        new GreekRow("Gamma", g.gamma(), "per 1.00 of spot, squared"),
        new GreekRow("Theta", g.theta(), "per year"),
        new GreekRow("Vega", g.vega(), "per 1.00 (100 points) of volatility"),
        new GreekRow("Rho", g.rho(), "per 1.00 (100 points) of the rate"));
    String chart = profile == null ? null : OptionChart.json(profile, spot, valuation.price(), methodLabel);
    return new OptionResultView(runId, valuation.price(), valuation.standardError(), greeks, chart,
        profile == null ? null : OptionChart.note(profile));
  }
}
