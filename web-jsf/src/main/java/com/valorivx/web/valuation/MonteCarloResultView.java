package com.valorivx.web.valuation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;

/**
 * A finished Monte Carlo DCF as the page shows it: headline statistics from the job's result and
 * the Chart.js histogram with the bins holding P5, P50 and P95 marked.
 */
public record MonteCarloResultView(String runId, long validPaths, long invalidPaths, double mean, double median,
    double stdDev, double standardError, double p5, double p25, double p75, double p95,
    Double probabilityAbovePrice, Double price, String chartJson) implements Serializable {

  private static final String BAR = "rgba(37, 99, 235, 0.6)";
  private static final String TAIL = "rgba(245, 158, 11, 0.9)";
  private static final String MEDIAN = "rgba(220, 38, 38, 0.9)";

  /** Reads the job's result document. */
  public static MonteCarloResultView of(String resultJson) {
    JsonObject r;
    try (JsonReader reader = Json.createReader(new StringReader(resultJson))) {
      r = reader.readObject();
    }
    JsonObject p = r.getJsonObject("percentiles");
    return new MonteCarloResultView(r.getString("runId"), r.getJsonNumber("validPaths").longValue(),
        r.getJsonNumber("invalidPaths").longValue(), number(r, "mean"), number(r, "median"), number(r, "stdDev"),
        number(r, "standardError"), number(p, "p5"), number(p, "p25"), number(p, "p75"), number(p, "p95"),
        optional(r, "probabilityAbovePrice"), optional(r, "price"), chart(r, number(p, "p5"), number(p, "p50"),
            number(p, "p95")));
  }

  static String chart(JsonObject result, double p5, double p50, double p95) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (JsonValue value : result.getJsonArray("histogram")) {
      JsonObject bin = value.asJsonObject();
      double from = bin.getJsonNumber("from").doubleValue();
      double to = bin.getJsonNumber("to").doubleValue();
      labels.add(String.format("%.2f", (from + to) / 2));
      counts.add(bin.getJsonNumber("count").longValue());
      colours.add(holds(from, to, p50) ? MEDIAN : holds(from, to, p5) || holds(from, to, p95) ? TAIL : BAR);
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder()
            .add("labels", labels)
            .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", "Paths")
                .add("data", counts)
                .add("backgroundColor", colours)
                .add("barPercentage", 1.0)
                .add("categoryPercentage", 1.0))))
        .add("options", Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("plugins", Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("display", false))
                .add("title", Json.createObjectBuilder().add("display", true).add("text",
                    String.format("Value per share · P5 %.2f (orange) · P50 %.2f (red) · P95 %.2f (orange)",
                        p5, p50, p95))))
            .add("scales", Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build().toString();
  }

  private static boolean holds(double from, double to, double x) {
    return x >= from && x < to;
  }

  private static double number(JsonObject o, String name) {
    return o.getJsonNumber(name).doubleValue();
  }

  private static Double optional(JsonObject o, String name) {
    return o.get(name) instanceof JsonNumber n ? n.doubleValue() : null;
  }
}
