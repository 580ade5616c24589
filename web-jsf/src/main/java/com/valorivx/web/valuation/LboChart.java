package com.valorivx.web.valuation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The Chart.js configuration {@code p:chart} draws on the LBO page: debt outstanding at each
 * year-end as bars (entry first) and EBITDA as a line.
 */
public final class LboChart {

  private static final String DEBT_COLOUR = "rgba(214, 60, 60, 0.70)";
  private static final String EBITDA_COLOUR = "rgba(37, 99, 235, 0.90)";

  private LboChart() {
  }

  /** The chart's JSON for {@code years}, starting from {@code entryDebt} at entry. */
  public static String json(List<LboResultView.YearRow> years, double entryDebt) {
    JsonArrayBuilder labels = Json.createArrayBuilder().add("Entry");
    JsonArrayBuilder debt = Json.createArrayBuilder().add(rounded(entryDebt));
    JsonArrayBuilder ebitda = Json.createArrayBuilder().addNull();
    for (LboResultView.YearRow year : years) {
      labels.add("Year " + year.year());
      debt.add(rounded(year.endingDebt()));
      ebitda.add(rounded(year.ebitda()));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder()
            .add("labels", labels)
            .add("datasets", Json.createArrayBuilder()
                .add(dataset("bar", "Debt outstanding", debt, DEBT_COLOUR).add("yAxisID", "y"))
                .add(dataset("line", "EBITDA", ebitda, EBITDA_COLOUR).add("yAxisID", "y1").add("tension", 0.2))))
        .add("options", ChartOptions.titled("Debt paydown and EBITDA")
            .add("scales", Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("position", "left")
                    .add("title", Json.createObjectBuilder().add("display", true).add("text", "Debt")))
                .add("y1", Json.createObjectBuilder().add("beginAtZero", true).add("position", "right")
                    .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                    .add("title", Json.createObjectBuilder().add("display", true).add("text", "EBITDA")))))
        .build().toString();
  }

  private static JsonObjectBuilder dataset(String type, String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour)
        .add("borderWidth", type.equals("line") ? 2 : 1);
  }

  /** Two decimals are all a chart can show; they keep the page small. */
  private static double rounded(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
