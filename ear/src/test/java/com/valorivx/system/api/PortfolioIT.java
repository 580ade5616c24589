package com.valorivx.system.api;

import static com.valorivx.system.api.Problems.assertProblem;
import static com.valorivx.system.api.Problems.assertRejects;
import static com.valorivx.system.api.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** API.md "Analytics": portfolio optimisation and the efficient frontier over HTTP, stored as runs. */
class PortfolioIT {

  static final String OPTIMIZE = "/api/v1/analytics/portfolio/optimize";

  static final String FRONTIER = "/api/v1/analytics/portfolio/frontier";

  /** The textbook quotes weights in whole percent and the Sharpe ratio to two decimals. */
  private static final Offset<Double> TEXTBOOK = within(0.005);

  private final ApiClient admin = ApiClient.asAdmin();

  /**
   * Bodie, Kane and Marcus, Investments (10th ed.), chapter 7: bond fund 8 %/12 %, stock fund
   * 13 %/20 %, correlation 0.3, T-bills 5 % → minimum variance 82 %/18 %; tangency 40 %/60 %, Sharpe 0.42.
   */
  static JsonObjectBuilder textbook(String objective) {
    return Json.createObjectBuilder()
        .add("name", "Two funds")
        .add("assets", Json.createArrayBuilder().add("Bond fund").add("Stock fund"))
        .add("expectedReturns", Json.createArrayBuilder().add(0.08).add(0.13))
        .add("volatilities", Json.createArrayBuilder().add(0.12).add(0.20))
        .add("correlations", Json.createArrayBuilder().add(Json.createArrayBuilder().add(1.0).add(0.3))
            .add(Json.createArrayBuilder().add(0.3).add(1.0)))
        .add("riskFreeRate", 0.05)
        .add("objective", objective);
  }

  @Test
  void textbookMinimumVarianceAndTangencyAreStoredRuns() {
    ApiResponse response = admin.post(OPTIMIZE, textbook("MIN_VARIANCE").build());
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    JsonObject mvp = response.json();
    assertThat(URI.create(response.location()).getPath()).isEqualTo("/api/v1/valuations/" + mvp.getString("id"));
    assertThat(weight(mvp, 0)).isCloseTo(0.82, TEXTBOOK);
    assertThat(weight(mvp, 1)).isCloseTo(0.18, TEXTBOOK);

    ApiResponse tangency = admin.post(OPTIMIZE, textbook("MAX_SHARPE").build());
    assertThat(tangency.status()).as("%s", tangency).isEqualTo(201);
    JsonObject t = tangency.json();
    assertThat(weight(t, 0)).isCloseTo(0.40, TEXTBOOK);
    assertThat(weight(t, 1)).isCloseTo(0.60, TEXTBOOK);
    assertThat(t.getJsonNumber("sharpeRatio").doubleValue()).isCloseTo(0.42, TEXTBOOK);

    ApiResponse stored = admin.get("/api/v1/valuations/" + t.getString("id"));
    assertThat(stored.status()).as("%s", stored).isEqualTo(200);
    assertThat(stored.json().getString("kind")).isEqualTo("PORTFOLIO");
  }

  @Test
  void frontierRisesInVolatilityAndTheTangencyBeatsEveryPoint() {
    ApiResponse response = admin.post(FRONTIER, textbook("MIN_VARIANCE").add("points", 11).build());
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    JsonObject frontier = response.json();
    JsonArray points = frontier.getJsonArray("points");
    assertThat(points).hasSize(11);
    double sharpe = frontier.getJsonObject("tangency").getJsonNumber("sharpeRatio").doubleValue();
    double previous = 0;
    for (int i = 0; i < points.size(); i++) {
      JsonObject p = points.getJsonObject(i);
      double vol = p.getJsonNumber("volatility").doubleValue();
      assertThat(vol).isGreaterThanOrEqualTo(previous - 1e-12);
      previous = vol;
      assertThat(p.getJsonNumber("sharpeRatio").doubleValue()).isLessThanOrEqualTo(sharpe + 1e-9);
      JsonArray w = p.getJsonArray("weights");
      assertThat(w.getJsonNumber(0).doubleValue() + w.getJsonNumber(1).doubleValue()).isCloseTo(1, within(1e-9));
    }
  }

  @Test
  void maxSharpeWithNoAssetAboveTheRiskFreeRateIs422() {
    JsonObject problem = assertProblem(admin.post(OPTIMIZE, textbook("MAX_SHARPE").add("riskFreeRate", 0.2).build()),
        422);
    assertThat(problem.toString()).contains("riskFreeRate");
  }

  @Test
  void badMatricesAndBoundsNameTheirFields() {
    JsonObjectBuilder asymmetric = textbook("MIN_VARIANCE").add("correlations", Json.createArrayBuilder()
        .add(Json.createArrayBuilder().add(1.0).add(0.3)).add(Json.createArrayBuilder().add(0.5).add(1.0)));
    assertRejects(admin.post(OPTIMIZE, asymmetric.build()), "correlations[0][1]");
    JsonObjectBuilder notPsd = textbook("MIN_VARIANCE").remove("volatilities").remove("correlations")
        .add("covariance", Json.createArrayBuilder().add(Json.createArrayBuilder().add(0.01).add(0.05))
            .add(Json.createArrayBuilder().add(0.05).add(0.04)));
    assertRejects(admin.post(OPTIMIZE, notPsd.build()), "covariance");
    JsonObject problem = assertRejects(admin.post(OPTIMIZE, textbook("BEST").add("expectedReturns",
        Json.createArrayBuilder().add(0.1)).build()), "objective");
    assertThat(fields(problem)).contains("expectedReturns");
    assertRejects(admin.post(OPTIMIZE, textbook("MIN_VARIANCE").add("maxWeights",
        Json.createArrayBuilder().add(0.3).add(0.3)).build()), "maxWeights");
  }

  private static double weight(JsonObject portfolio, int i) {
    return portfolio.getJsonArray("weights").getJsonNumber(i).doubleValue();
  }
}
