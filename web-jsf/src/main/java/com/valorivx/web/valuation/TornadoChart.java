package com.valorivx.web.valuation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The Chart.js configuration of a tornado: one horizontal floating bar per input from the base
 * value per share to its value with the input swung down, and one to its value swung up, widest
 * first. A side the DCF cannot value has no bar (its label says so).
 */
public final class TornadoChart {

  private static final String DOWN_COLOUR = "rgba(220, 38, 38, 0.75)";
  private static final String UP_COLOUR = "rgba(37, 99, 235, 0.75)";

  private TornadoChart() {
  }

  /** The chart's JSON for {@code rows} around {@code base}. */
  public static String json(List<TornadoView.Row> rows, double base) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder down = Json.createArrayBuilder();
    JsonArrayBuilder up = Json.createArrayBuilder();
    for (TornadoView.Row row : rows) {
      labels.add(row.label() + " " + row.swing() + (row.invalidReason() == null ? "" : " (a side is invalid)"));
      addSide(down, base, row.lowValuePerShare());
      addSide(up, base, row.highValuePerShare());
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder()
            .add("labels", labels)
            .add("datasets", Json.createArrayBuilder()
                .add(dataset("Input swung down", down, DOWN_COLOUR))
                .add(dataset("Input swung up", up, UP_COLOUR))))
        .add("options", Json.createObjectBuilder().add("indexAxis", "y")
            .addAll(ChartOptions.titled("Value per share around the base of " + String.format(java.util.Locale.ROOT, "%.2f", base)))
            .add("scales", Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder()
                    .add("beginAtZero", false)
                    .add("title", Json.createObjectBuilder().add("display", true).add("text", "Value per share")))
                .add("y", Json.createObjectBuilder().add("stacked", true))))
        .build().toString();
  }

  private static void addSide(JsonArrayBuilder side, double base, Double value) {
    if (value == null) {
      side.addNull();
    } else {
      side.add(Json.createArrayBuilder().add(rounded(base)).add(rounded(value)));
    }
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour)
        .add("borderWidth", 1)
        .add("grouped", false);
  }

  private static double rounded(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
