package com.valorivx.web.valuation;

import com.valorivx.engine.forecast.ForecastPoint;
import com.valorivx.engine.forecast.ForecastResult;
import com.valorivx.engine.forecast.MethodForecast;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/**
 * The forecast page's Chart.js configuration (history, each method's forecast and its prediction
 * band) and the same figures as CSV.
 */
public final class ForecastChart {

  private static final String HISTORY_COLOUR = "rgba(15, 23, 42, 0.9)";
  private static final List<String> COLOURS = List.of("37, 99, 235", "234, 88, 12");

  private ForecastChart() {
  }

  /** History at t = 1..n, forecasts at n + h with lower and upper bands filled between. */
  static String json(List<Double> history, ForecastResult result) {
    int n = history.size();
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    JsonArrayBuilder past = Json.createArrayBuilder();
    for (int i = 0; i < n; i++) {
      past.add(point(i + 1, history.get(i)));
    }
    datasets.add(Json.createObjectBuilder().add("label", "History").add("data", past)
        .add("borderColor", HISTORY_COLOUR).add("backgroundColor", HISTORY_COLOUR).add("pointRadius", 2)
        .add("fill", false));
    int colour = 0;
    for (MethodForecast m : result.methods()) {
      String rgb = COLOURS.get(colour++ % COLOURS.size());
      JsonArrayBuilder value = Json.createArrayBuilder().add(point(n, history.get(n - 1)));
      JsonArrayBuilder lower = Json.createArrayBuilder();
      JsonArrayBuilder upper = Json.createArrayBuilder();
      for (ForecastPoint p : m.points()) {
        value.add(point(n + p.step(), p.value()));
        lower.add(point(n + p.step(), p.lower()));
        upper.add(point(n + p.step(), p.upper()));
      }
      String label = label(m);
      datasets.add(Json.createObjectBuilder().add("label", label).add("data", value)
          .add("borderColor", "rgba(" + rgb + ", 1)").add("backgroundColor", "rgba(" + rgb + ", 1)")
          .add("pointRadius", 2).add("fill", false));
      datasets.add(band(label + " lower", lower, rgb, false));
      datasets.add(band(label + " upper", upper, rgb, true));
    }
    return Json.createObjectBuilder().add("type", "line")
        .add("data", Json.createObjectBuilder().add("datasets", datasets))
        .add("options", ChartOptions.titled("History and forecast")
            .add("scales", Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("type", "linear")
                    .add("title", Json.createObjectBuilder().add("display", true).add("text", "Period")))))
        .build().toString();
  }

  /** One CSV line per period: history, then each method's forecast, lower and upper. */
  static String csv(List<Double> history, ForecastResult result) {
    StringBuilder csv = new StringBuilder("period,history");
    for (MethodForecast m : result.methods()) {
      String key = m.method().name().toLowerCase(Locale.ROOT);
      csv.append(',').append(key).append(',').append(key).append("_lower,").append(key).append("_upper");
    }
    csv.append('\n');
    for (int i = 0; i < history.size(); i++) {
      csv.append(i + 1).append(',').append(history.get(i)).append(",,,".repeat(result.methods().size())).append('\n');
    }
    int horizon = result.methods().get(0).points().size();
    for (int h = 0; h < horizon; h++) {
      csv.append(history.size() + h + 1).append(',');
      for (MethodForecast m : result.methods()) {
        ForecastPoint p = m.points().get(h);
        csv.append(',').append(p.value()).append(',').append(p.lower()).append(',').append(p.upper());
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  static String label(MethodForecast m) {
    return switch (m.method()) {
      case LINEAR_TREND -> "Linear trend";
      case HOLT -> "Holt";
    };
  }

  private static JsonObjectBuilder band(String label, JsonArrayBuilder data, String rgb, boolean fillToPrevious) {
    JsonObjectBuilder band = Json.createObjectBuilder().add("label", label).add("data", data)
        .add("borderColor", "rgba(" + rgb + ", 0.3)").add("backgroundColor", "rgba(" + rgb + ", 0.15)")
        .add("pointRadius", 0).add("borderDash", Json.createArrayBuilder().add(4).add(4));
    return fillToPrevious ? band.add("fill", "-1") : band.add("fill", false);
  }

  private static JsonObjectBuilder point(double x, double y) {
    return Json.createObjectBuilder().add("x", x).add("y", Math.round(y * 10_000) / 10_000.0);
  }
}
