package com.valorivx.web.valuation;

import com.valorivx.engine.portfolio.EfficientFrontier;
import com.valorivx.engine.portfolio.FrontierPoint;
import com.valorivx.engine.portfolio.PortfolioResult;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** The Chart.js scatter of the efficient frontier (volatility across, return up) with the chosen portfolio marked. */
public final class PortfolioChart {

  private static final String FRONTIER_COLOUR = "rgba(37, 99, 235, 0.9)";
  private static final String CHOSEN_COLOUR = "rgba(220, 38, 38, 1)";

  private PortfolioChart() {
  }

  /** The chart's JSON; percentages on both axes. */
  public static String json(EfficientFrontier frontier, PortfolioResult chosen) {
    JsonArrayBuilder points = Json.createArrayBuilder();
    for (FrontierPoint p : frontier.points()) {
      points.add(point(p.volatility(), p.expectedReturn()));
    }
    return Json.createObjectBuilder()
        .add("type", "scatter")
        .add("data", Json.createObjectBuilder().add("datasets", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("label", "Efficient frontier").add("data", points)
                .add("showLine", true).add("borderColor", FRONTIER_COLOUR).add("backgroundColor", FRONTIER_COLOUR)
                .add("pointRadius", 3))
            .add(Json.createObjectBuilder().add("label", "Chosen portfolio (" + chosen.objective() + ")")
                .add("data", Json.createArrayBuilder().add(point(chosen.volatility(), chosen.expectedReturn())))
                .add("backgroundColor", CHOSEN_COLOUR).add("borderColor", CHOSEN_COLOUR).add("pointRadius", 7)
                .add("pointStyle", "rectRot"))))
        .add("options", ChartOptions.titled("Efficient frontier: expected return against volatility (%)")
            .add("scales", Json.createObjectBuilder()
                .add("x", axis("Volatility (%)"))
                .add("y", axis("Expected return (%)"))))
        .build().toString();
  }

  private static JsonObjectBuilder axis(String title) {
    return Json.createObjectBuilder().add("type", "linear")
        .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
  }

  private static JsonObjectBuilder point(double x, double y) {
    return Json.createObjectBuilder().add("x", Math.round(x * 1_000_000) / 10_000.0)
        .add("y", Math.round(y * 1_000_000) / 10_000.0);
  }
}
