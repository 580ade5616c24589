package com.valorivx.web.valuation;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * The Chart.js options every chart of the screens starts from: it fills its box (no fixed aspect
 * ratio), draws at once (no animation), shows its legend below and a title above. A chart adds its
 * own axes.
 */
final class ChartOptions {

  private ChartOptions() {
  }

  /** The shared options with the title {@code title} and a legend below the chart. */
  static JsonObjectBuilder titled(String title) {
    return titled(title, Json.createObjectBuilder().add("position", "bottom"));
  }

  /** The shared options with the title {@code title} and a legend below the chart, shown only when {@code legend}. */
  static JsonObjectBuilder titled(String title, boolean legend) {
    return titled(title, Json.createObjectBuilder().add("display", legend).add("position", "bottom"));
  }

  private static JsonObjectBuilder titled(String title, JsonObjectBuilder legend) {
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add("plugins", Json.createObjectBuilder()
            .add("legend", legend)
            .add("title", Json.createObjectBuilder().add("display", true).add("text", title)));
  }
}
