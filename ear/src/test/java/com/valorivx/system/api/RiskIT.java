package com.valorivx.system.api;

import static com.valorivx.system.api.Problems.assertRejects;
import static com.valorivx.system.api.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** API.md "Analytics" value at risk over HTTP: the three methods, field errors and the stored VAR run. */
class RiskIT {

  static final String VAR = "/api/v1/analytics/risk/var";

  private final ApiClient admin = ApiClient.asAdmin();

  /**
   * Hull, "Options, Futures, and Other Derivatives" (8th ed.), ch. 21: $10 m Microsoft (2 % a day),
   * $5 m AT&amp;T (1 %), ρ = 0.3 → 10-day 99 % VaR 220,227 × √10 × 2.33 = $1,622,657 with the quantile
   * rounded to 2.33 (exact quantile 2.32635: $1,620,114).
   */
  @Test
  void hullsTwoPositionExampleIsComputedAndStored() {
    JsonObject request = hull("PARAMETRIC").add("name", "Hull two assets")
        .add("stress", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "crash")
            .add("shocks", Json.createObjectBuilder().add("Microsoft", -0.2).add("AT&T", -0.1)))).build();
    ApiResponse response = admin.post(VAR, request);

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    JsonObject answer = response.json();
    assertThat(URI.create(response.location()).getPath()).isEqualTo("/api/v1/valuations/" + answer.getString("id"));
    assertThat(number(answer, "valueAtRisk")).isCloseTo(1_620_114, within(1.0));
    assertThat(number(answer, "valueAtRisk") * 2.33 / 2.3263478740).isCloseTo(1_622_657, within(1.0));
    assertThat(number(answer, "expectedShortfall")).isGreaterThan(number(answer, "valueAtRisk"));
    double components = answer.getJsonArray("components").stream()
        .mapToDouble(c -> c.asJsonObject().getJsonNumber("componentVar").doubleValue()).sum();
    assertThat(components).isCloseTo(number(answer, "valueAtRisk"), within(1e-3));
    assertThat(answer.getJsonArray("stress").getJsonObject(0).getJsonNumber("profitAndLoss").doubleValue())
        .isCloseTo(-2_500_000, within(1e-6));

    JsonObject run = admin.get(response.location()).json();
    assertThat(run.getString("kind")).isEqualTo("VAR");
    assertThat(run.getString("name")).isEqualTo("Hull two assets");
    assertThat(number(run.getJsonObject("result"), "valueAtRisk")).isEqualTo(number(answer, "valueAtRisk"));
    JsonObject listed = admin.get("/api/v1/valuations?kind=VAR&page=0&size=5").json();
    assertThat(listed.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("id")))
        .contains(answer.getString("id"));
  }

  /** Hull, "Risk Management and Financial Institutions": 500 scenarios, five worst losses → VaR 253,385, ES 327,181. */
  @Test
  void historicalUsesTheKthLargestLoss() {
    JsonArrayBuilder losses = Json.createArrayBuilder().add(477_841).add(345_435).add(282_204).add(277_041)
        .add(253_385);
    for (int i = 5; i < 500; i++) {
      losses.add(250_000 - 1_000 * i);
    }
    JsonObject answer = created(Json.createObjectBuilder().add("method", "HISTORICAL").add("confidence", 0.99)
        .add("losses", losses).build());
    assertThat(number(answer, "valueAtRisk")).isCloseTo(253_385, within(1e-6));
    assertThat(number(answer, "expectedShortfall")).isCloseTo(327_181.2, within(1e-6));
  }

  @Test
  void monteCarloIsSeededAndNearTheParametricAnswer() {
    JsonObject request = hull("MONTE_CARLO").add("scenarios", 50_000).add("seed", 11).build();
    JsonObject first = created(request);
    JsonObject second = created(request);
    assertThat(number(second, "valueAtRisk")).isEqualTo(number(first, "valueAtRisk"));
    assertThat(Math.abs(number(first, "valueAtRisk") - 1_620_114)).isLessThan(4 * number(first, "standardError"));
  }

  @Test
  void badInputsAreRejectedByField() {
    JsonObject notPsd = assertRejects(admin.post(VAR, hull("PARAMETRIC").add("correlations", Json.createArrayBuilder()
        .add(Json.createArrayBuilder().add(1).add(0.3)).add(Json.createArrayBuilder().add(0.2).add(1))).build()),
        "correlations");
    assertThat(fields(notPsd)).containsExactly("correlations");
    JsonObject several = assertRejects(admin.post(VAR, hull("PARAMETRIC").add("confidence", 1.2)
        .add("horizonDays", 0).build()), "confidence");
    assertThat(fields(several)).containsExactlyInAnyOrder("confidence", "horizonDays");
    assertRejects(admin.post(VAR, hull("FORWARD").build()), "method");
  }

  private JsonObject created(JsonObject request) {
    ApiResponse response = admin.post(VAR, request);
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.json();
  }

  private static JsonObjectBuilder hull(String method) {
    return Json.createObjectBuilder().add("method", method).add("confidence", 0.99).add("horizonDays", 10)
        .add("positions", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("name", "Microsoft").add("value", 10_000_000).add("dailyVolatility", 0.02))
            .add(Json.createObjectBuilder().add("name", "AT&T").add("value", 5_000_000).add("dailyVolatility", 0.01)))
        .add("correlations", Json.createArrayBuilder().add(Json.createArrayBuilder().add(1).add(0.3))
            .add(Json.createArrayBuilder().add(0.3).add(1)));
  }

  private static double number(JsonObject object, String name) {
    return object.getJsonNumber(name).doubleValue();
  }
}
