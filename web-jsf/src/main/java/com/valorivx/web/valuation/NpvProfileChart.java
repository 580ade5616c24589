package com.valorivx.web.valuation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The NPV profile of the cash-flow page: which rates to value, and the Chart.js configuration of
 * NPV against the rate (in percent) with the IRR marked where the line crosses zero.
 */
public final class NpvProfileChart {

  /** Rates the profile values. */
  static final int POINTS = 41;

  private static final String LINE_COLOUR = "rgba(37, 99, 235, 0.9)";
  private static final String IRR_COLOUR = "rgba(220, 38, 38, 1)";
  private static final String RATE_COLOUR = "rgba(16, 185, 129, 1)";

  private NpvProfileChart() {
  }

  /**
   * {@value #POINTS} rates evenly from below the lower of 0, the rate and the IRR (by 5 points,
   * not below −90 %) to twice the higher of the rate and the IRR (at least 30 %, at most 1,000 %),
   * so the zero crossing and the chosen rate are both in view.
   */
  static List<Double> rates(Double irr, double rate) {
    double top = Math.max(rate, irr == null ? rate : irr);
    double bottom = Math.min(rate, irr == null ? rate : irr);
    double high = Math.min(Math.max(0.30, 2 * top), 10);
    double low = Math.max(Math.min(0, bottom - 0.05), -0.9);
    List<Double> rates = new ArrayList<>(POINTS);
    for (int i = 0; i < POINTS; i++) {
      rates.add(low + (high - low) * i / (POINTS - 1));
    }
    return rates;
  }

  /** The chart's JSON: NPV at each of {@code rates}, the IRR (if any) and the chosen rate as points. */
  static String json(List<Double> rates, List<Double> npvs, Double irr, double rate, double npv) {
    JsonArrayBuilder line = Json.createArrayBuilder();
    for (int i = 0; i < rates.size(); i++) {
      line.add(point(rates.get(i) * 100, npvs.get(i)));
    }
    JsonArrayBuilder datasets = Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("label", "NPV").add("data", line).add("borderColor", LINE_COLOUR)
            .add("backgroundColor", LINE_COLOUR).add("pointRadius", 0).add("borderWidth", 2).add("tension", 0));
    if (irr != null) {
      datasets.add(marker("IRR " + percent(irr), point(irr * 100, 0), IRR_COLOUR));
    }
    datasets.add(marker("NPV at " + percent(rate), point(rate * 100, npv), RATE_COLOUR));
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("datasets", datasets))
        .add("options", ChartOptions.titled("NPV profile")
            .add("scales", Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("type", "linear")
                    .add("title", Json.createObjectBuilder().add("display", true).add("text", "Rate (%)")))
                .add("y", Json.createObjectBuilder()
                    .add("title", Json.createObjectBuilder().add("display", true).add("text", "NPV")))))
        .build().toString();
  }

  private static JsonObjectBuilder marker(String label, JsonObjectBuilder at, String colour) {
    return Json.createObjectBuilder().add("type", "scatter").add("label", label)
        .add("data", Json.createArrayBuilder().add(at)).add("backgroundColor", colour).add("borderColor", colour)
        .add("pointRadius", 6);
  }

  private static JsonObjectBuilder point(double x, double y) {
    return Json.createObjectBuilder().add("x", Math.round(x * 10_000) / 10_000.0).add("y", Math.round(y * 100) / 100.0);
  }

  private static String percent(double rate) {
    return String.format(java.util.Locale.ROOT, "%.2f%%", rate * 100);
  }
}
