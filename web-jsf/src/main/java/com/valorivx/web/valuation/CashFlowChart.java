package com.valorivx.web.valuation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The Chart.js configuration {@code p:chart} draws on the DCF page: free cash flow and its
 * present value by year, as grouped bars.
 */
public final class CashFlowChart {

  private static final String FCF_COLOUR = "rgba(37, 99, 235, 0.75)";
  private static final String PV_COLOUR = "rgba(16, 185, 129, 0.75)";

  private CashFlowChart() {
  }

  /** The chart's JSON for {@code years}. */
  public static String json(List<DcfResultView.YearRow> years) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder cashFlows = Json.createArrayBuilder();
    JsonArrayBuilder presentValues = Json.createArrayBuilder();
    for (DcfResultView.YearRow year : years) {
      labels.add("Year " + year.year());
      cashFlows.add(rounded(year.freeCashFlow()));
      presentValues.add(rounded(year.presentValue()));
    }
    JsonObject config = Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder()
            .add("labels", labels)
            .add("datasets", Json.createArrayBuilder()
                .add(dataset("Free cash flow", cashFlows, FCF_COLOUR))
                .add(dataset("Present value", presentValues, PV_COLOUR))))
        .add("options", ChartOptions.titled("Free cash flow and present value by year")
            .add("scales", Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build();
    return config.toString();
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour)
        .add("borderWidth", 1);
  }

  /** Two decimals are all a chart can show; they keep the page small. */
  private static double rounded(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
