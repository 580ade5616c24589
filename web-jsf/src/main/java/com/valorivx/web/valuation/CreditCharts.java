package com.valorivx.web.valuation;

import com.valorivx.engine.credit.AltmanResult;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/** Chart.js configurations and CSV for the credit dashboard. */
final class CreditCharts {

  private static final String PD_COLOUR = "rgba(214, 60, 60, 0.75)";
  private static final String DISTRESS_COLOUR = "rgba(214, 60, 60, 0.55)";
  private static final String GREY_COLOUR = "rgba(234, 179, 8, 0.55)";
  private static final String SAFE_COLOUR = "rgba(16, 185, 129, 0.55)";
  private static final String SCORE_COLOUR = "rgba(37, 99, 235, 0.9)";

  private CreditCharts() {
  }

  /** Bars of risk-neutral PD (in %) by face value of debt. */
  static String leverageChart(List<Double> debts, List<Double> pds) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (int i = 0; i < debts.size(); i++) {
      labels.add(String.format(Locale.ROOT, "%.2f", debts.get(i)));
      data.add(Math.round(pds.get(i) * 1_000_000) / 10_000.0);
    }
    return Json.createObjectBuilder().add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("label", "PD (%)").add("data", data).add("backgroundColor", PD_COLOUR))))
        .add("options", ChartOptions.titled("Probability of default by face value of debt", false))
        .build().toString();
  }

  static String leverageCsv(List<Double> debts, List<Double> pds) {
    StringBuilder csv = new StringBuilder("debtFaceValue,probabilityOfDefault\n");
    for (int i = 0; i < debts.size(); i++) {
      csv.append(debts.get(i)).append(',').append(pds.get(i)).append('\n');
    }
    return csv.toString();
  }

  /** A horizontal stacked band: distress, grey and safe zones, and the score beneath them. */
  static String zoneChart(AltmanResult r) {
    double top = Math.max(r.safeAbove() * 1.5, r.zScore() * 1.1);
    double score = Math.max(0, r.zScore());
    JsonArrayBuilder datasets = Json.createArrayBuilder()
        .add(band("Distress", r.distressBelow(), 0, DISTRESS_COLOUR))
        .add(band("Grey", r.safeAbove() - r.distressBelow(), 0, GREY_COLOUR))
        .add(band("Safe", top - r.safeAbove(), 0, SAFE_COLOUR))
        .add(band("Z-score", 0, score, SCORE_COLOUR));
    JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
    return Json.createObjectBuilder().add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder().add("Zones").add("Score"))
            .add("datasets", datasets))
        .add("options", ChartOptions.titled("Z-score against the zones", true).add("indexAxis", "y")
            .add("scales", Json.createObjectBuilder().add("x", stacked).add("y", Json.createObjectBuilder()
                .add("stacked", true))))
        .build().toString();
  }

  private static JsonObjectBuilder band(String label, double zones, double score, String colour) {
    return Json.createObjectBuilder().add("label", label)
        .add("data", Json.createArrayBuilder().add(Math.round(zones * 10_000) / 10_000.0)
            .add(Math.round(score * 10_000) / 10_000.0))
        .add("backgroundColor", colour);
  }

  static String zoneCsv(AltmanResult r) {
    return "model,zScore,zone,distressBelow,safeAbove\n" + r.model() + "," + r.zScore() + "," + r.zone() + ","
        + r.distressBelow() + "," + r.safeAbove() + "\n";
  }
}
