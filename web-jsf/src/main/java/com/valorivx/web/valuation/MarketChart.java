package com.valorivx.web.valuation;

import com.valorivx.engine.market.PriceHistory;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/** The Chart.js line chart of a data set: one line per symbol across its dates. */
public final class MarketChart {

  private static final String[] COLOURS = {"#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2",
      "#db2777", "#4b5563"};

  private MarketChart() {
  }

  /** The chart's JSON; dates as category labels. */
  public static String json(PriceHistory h, String title) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    h.dates().forEach(d -> labels.add(d.toString()));
    JsonArrayBuilder lines = Json.createArrayBuilder();
    for (int c = 0; c < h.symbols().size(); c++) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      for (double[] row : h.values()) {
        values.add(Math.round(row[c] * 10_000) / 10_000.0);
      }
      String colour = COLOURS[c % COLOURS.length];
      lines.add(Json.createObjectBuilder().add("label", h.symbols().get(c)).add("data", values)
          .add("borderColor", colour).add("backgroundColor", colour).add("pointRadius", 0).add("borderWidth", 1.5));
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", lines))
        .add("options", ChartOptions.titled(title).add("animation", false))
        .build().toString();
  }
}
