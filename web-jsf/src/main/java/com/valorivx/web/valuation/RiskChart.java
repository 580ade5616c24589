package com.valorivx.web.valuation;

import com.valorivx.engine.risk.RiskResult;
import com.valorivx.web.faces.Formats;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/** The Chart.js loss histogram of the risk page: bars of the distribution, the tail in red, VaR and ES as lines. */
final class RiskChart {

  private static final String BODY_COLOUR = "rgba(100, 116, 139, 0.7)";
  private static final String TAIL_COLOUR = "rgba(214, 60, 60, 0.75)";
  private static final String VAR_COLOUR = "rgba(37, 99, 235, 1)";
  private static final String ES_COLOUR = "rgba(217, 119, 6, 1)";

  private RiskChart() {
  }

  static String histogram(RiskResult result) {
    List<RiskResult.Bin> bins = result.histogram();
    double top = bins.stream().mapToDouble(RiskResult.Bin::count).max().orElse(1);
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    JsonArrayBuilder var = Json.createArrayBuilder();
    JsonArrayBuilder es = Json.createArrayBuilder();
    Formats fmt = new Formats();
    for (RiskResult.Bin bin : bins) {
      labels.add(fmt.amount(bin.from()));
      counts.add(Math.round(bin.count() * 100) / 100.0);
      colours.add(bin.to() > result.valueAtRisk() ? TAIL_COLOUR : BODY_COLOUR);
      var.add(contains(bin, result.valueAtRisk()) ? top : 0);
      es.add(contains(bin, result.expectedShortfall()) ? top : 0);
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("label", "VaR " + fmt.amount(result.valueAtRisk())).add("data", var)
                .add("backgroundColor", VAR_COLOUR).add("barPercentage", 0.15).add("grouped", false))
            .add(Json.createObjectBuilder().add("label", "ES " + fmt.amount(result.expectedShortfall())).add("data", es)
                .add("backgroundColor", ES_COLOUR).add("barPercentage", 0.15).add("grouped", false))
            .add(Json.createObjectBuilder().add("label", "Losses").add("data", counts)
                .add("backgroundColor", colours).add("grouped", false))))
        .add("options", ChartOptions.titled("Loss distribution (positive = loss)", true))
        .build().toString();
  }

  private static boolean contains(RiskResult.Bin bin, double value) {
    return value >= bin.from() && value < bin.to();
  }
}
