package com.valorivx.web.valuation;

import com.valorivx.valuation.OptionProfile;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;

/**
 * The Chart.js configuration of the options page: the option's value and its intrinsic value
 * across spot prices (lines over a numeric spot axis), and today's spot and price as a point.
 */
public final class OptionChart {

  private static final String VALUE_COLOUR = "rgba(37, 99, 235, 0.9)";
  private static final String INTRINSIC_COLOUR = "rgba(107, 114, 128, 0.9)";
  private static final String SPOT_COLOUR = "rgba(220, 38, 38, 1)";

  private OptionChart() {
  }

  /** The chart's JSON. */
  public static String json(OptionProfile profile, double spot, double price, String methodLabel) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    JsonArrayBuilder intrinsic = Json.createArrayBuilder();
    for (OptionProfile.Point p : profile.points()) {
      values.add(point(p.spot(), p.value()));
      intrinsic.add(point(p.spot(), p.intrinsicValue()));
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("datasets", Json.createArrayBuilder()
            .add(line("Option value (" + methodLabel + ")", values, VALUE_COLOUR, false))
            .add(line("Intrinsic value", intrinsic, INTRINSIC_COLOUR, true))
            .add(Json.createObjectBuilder().add("type", "scatter").add("label", "Today")
                .add("data", Json.createArrayBuilder().add(point(spot, price)))
                .add("backgroundColor", SPOT_COLOUR).add("borderColor", SPOT_COLOUR).add("pointRadius", 5))))
        .add("options", ChartOptions.titled("Option value and intrinsic value across spot prices")
            .add("scales", Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("type", "linear")
                    .add("title", Json.createObjectBuilder().add("display", true).add("text", "Spot")))
                .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build().toString();
  }

  /** What the chart used per point when it is coarser than the run. */
  static String note(OptionProfile profile) {
    if (profile.steps() != null) {
      return String.format(Locale.ROOT, "Each point of the chart is a %,d-step tree.", profile.steps());
    }
    if (profile.paths() != null) {
      return String.format(Locale.ROOT, "Each point of the chart is %,d Monte Carlo pairs.", profile.paths());
    }
    return null;
  }

  private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour, boolean dashed) {
    JsonObjectBuilder line = Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("pointRadius", 0)
        .add("borderWidth", 2)
        .add("tension", 0);
    if (dashed) {
      line.add("borderDash", Json.createArrayBuilder().add(6).add(4));
    }
    return line;
  }

  private static JsonObjectBuilder point(double x, double y) {
    return Json.createObjectBuilder().add("x", rounded(x)).add("y", rounded(y));
  }

  /** Four decimals are all a chart can show; they keep the page small. */
  private static double rounded(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
