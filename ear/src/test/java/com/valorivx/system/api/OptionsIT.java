package com.valorivx.system.api;

import static com.valorivx.system.api.Problems.assertRejects;
import static com.valorivx.system.api.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** API.md "Options" and "Runs": the three methods over HTTP, their field errors, and the stored run. */
class OptionsIT {

  static final String OPTIONS = "/api/v1/valuations/options";

  /** Hull quotes prices to the cent. */
  private static final Offset<Double> CENT = within(0.005);

  private final ApiClient admin = ApiClient.asAdmin();

  /** Hull, Options, Futures, and Other Derivatives (8th ed.), Example 15.6: call 4.76, put 0.81. */
  @Test
  void hullsBlackScholesExample() {
    ApiResponse response = admin.post(OPTIONS, hull("CALL", "BLACK_SCHOLES").build());

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    assertThat(response.contentType()).isEqualTo("application/json");
    JsonObject call = response.json();
    assertThat(URI.create(response.location()).getPath()).isEqualTo("/api/v1/valuations/" + call.getString("id"));
    assertThat(number(call, "price")).isCloseTo(4.76, CENT);
    assertThat(call.containsKey("standardError")).as("no standard error for a closed form: %s", call).isFalse();
    JsonObject greeks = call.getJsonObject("greeks");
    // Closed form for S = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5: d1 = 0.7693, N(d1) = 0.7791.
    assertThat(number(greeks, "delta")).isCloseTo(0.7791, within(0.0005));
    assertThat(number(greeks, "gamma")).isPositive();
    assertThat(number(greeks, "theta")).isNegative();
    assertThat(number(greeks, "vega")).isPositive();
    assertThat(number(greeks, "rho")).isPositive();

    JsonObject put = created(hull("PUT", "BLACK_SCHOLES").build());
    assertThat(number(put, "price")).isCloseTo(0.81, CENT);
  }

  /** Hull (8th ed.), section 19: S = 49, K = 50, r = 5 %, σ = 20 %, T = 0.3846; greeks per unit change. */
  @Test
  void hullsGreeksPerUnitChange() {
    JsonObject answer = created(option("CALL", "EUROPEAN", "BLACK_SCHOLES", 49, 50, 0.3846, 0.05, 0.20).build());
    JsonObject greeks = answer.getJsonObject("greeks");

    assertThat(number(greeks, "delta")).isCloseTo(0.522, within(0.0005));
    assertThat(number(greeks, "gamma")).isCloseTo(0.066, within(0.0005));
    assertThat(number(greeks, "theta")).isCloseTo(-4.31, within(0.005));
    assertThat(number(greeks, "vega")).isCloseTo(12.1, within(0.05));
    assertThat(number(greeks, "rho")).isCloseTo(8.91, within(0.005));
  }

  /** Hull (8th ed.), section 21.1, Figure 21.3: American put on a 5-step CRR tree, 4.49. */
  @Test
  void hullsAmericanPutOnABinomialTree() {
    JsonObject put = created(option("PUT", "AMERICAN", "BINOMIAL", 50, 50, 5.0 / 12, 0.10, 0.40).add("steps", 5).build());

    assertThat(number(put, "price")).isCloseTo(4.49, CENT);
    assertThat(number(put.getJsonObject("greeks"), "delta")).isCloseTo(-0.41, CENT);
    JsonObject european = created(option("PUT", "EUROPEAN", "BINOMIAL", 50, 50, 5.0 / 12, 0.10, 0.40).add("steps", 5).build());
    assertThat(number(put, "price")).isGreaterThan(number(european, "price"));
  }

  @Test
  void monteCarloWithASeedIsReproducibleAndNearTheClosedForm() {
    JsonObject request = hull("CALL", "MONTE_CARLO").add("paths", 100_000).add("seed", 20_261_122L).build();
    JsonObject first = created(request);
    JsonObject second = created(request);

    assertThat(first.getString("id")).isNotEqualTo(second.getString("id"));
    assertThat(number(second, "price")).isEqualTo(number(first, "price"));
    assertThat(second.getJsonObject("greeks")).isEqualTo(first.getJsonObject("greeks"));
    double standardError = number(first, "standardError");
    assertThat(standardError).isPositive().isLessThan(0.05);
    // Black-Scholes value of Hull's call is 4.7594; a fair estimate lies within 3 standard errors.
    assertThat(number(first, "price")).isCloseTo(4.7594, within(3 * standardError));
    JsonObject otherSeed = created(hull("CALL", "MONTE_CARLO").add("paths", 100_000).add("seed", 1L).build());
    assertThat(number(otherSeed, "price")).isNotEqualTo(number(first, "price"));
  }

  @Test
  void impossibleInputsAreRejectedByField() {
    assertRejects(admin.post(OPTIONS, hull("CALL", "BLACK_SCHOLES").add("volatility", -0.2).build()), "volatility");
    JsonObject americanMonteCarlo = assertRejects(admin.post(OPTIONS,
        option("PUT", "AMERICAN", "MONTE_CARLO", 50, 50, 1, 0.05, 0.2).add("paths", 1000).add("seed", 1).build()), "style");
    assertThat(fields(americanMonteCarlo)).containsExactly("style");
    // e^(r·dt) = e^(0.10 × 0.05) = 1.005: an up factor of 1.004 leaves the tree open to arbitrage.
    JsonObject arbitrage = assertRejects(admin.post(OPTIONS,
        hull("CALL", "BINOMIAL").add("steps", 10).add("up", 1.004).add("down", 0.95).build()), "up");
    assertThat(fields(arbitrage)).containsExactly("up");
    JsonObject several = assertRejects(admin.post(OPTIONS, Json.createObjectBuilder()
        .add("type", "SWAPTION").add("style", "EUROPEAN").add("method", "BLACK_SCHOLES")
        .add("spot", -1).add("strike", 40).add("maturityYears", 0.5).add("riskFreeRate", 0.1).build()), "type");
    assertThat(fields(several)).containsExactlyInAnyOrder("type", "spot", "volatility");
  }

  @Test
  void theStoredRunKeepsInputsAndResult() {
    JsonObject request = option("PUT", "AMERICAN", "BINOMIAL", 50, 50, 5.0 / 12, 0.10, 0.40)
        .add("name", "Hull 21.1").add("steps", 5).build();
    ApiResponse created = admin.post(OPTIONS, request);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonObject answer = created.json();

    ApiResponse reopened = admin.get(created.location());

    assertThat(reopened.status()).as("%s", reopened).isEqualTo(200);
    JsonObject run = reopened.json();
    assertThat(run.getString("id")).isEqualTo(answer.getString("id"));
    assertThat(run.getString("kind")).isEqualTo("OPTION");
    assertThat(run.getString("name")).isEqualTo("Hull 21.1");
    assertThat(run.getString("createdBy")).isEqualTo("admin");
    assertThat(JsonTrees.sameNumbersAndText(run.getJsonObject("inputs"), request))
        .as("inputs %s vs sent %s", run.getJsonObject("inputs"), request).isTrue();
    assertThat(number(run.getJsonObject("result"), "price")).isEqualTo(number(answer, "price"));
    assertThat(run.getJsonObject("result").getJsonObject("greeks")).isEqualTo(answer.getJsonObject("greeks"));

    JsonObject listed = admin.get("/api/v1/valuations?kind=OPTION&page=0&size=5").json();
    assertThat(listed.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("id")))
        .contains(answer.getString("id"));
  }

  @Test
  void theEndpointAndItsSchemasAreDocumented() {
    JsonObject document = ApiClient.anonymous().withHeader("Accept", "application/json").get("/openapi").json();
    JsonObject post = document.getJsonObject("paths").getJsonObject("/v1/valuations/options").getJsonObject("post");
    assertThat(post.getJsonObject("responses").keySet()).contains("201", "400", "401", "403");
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    assertThat(schemas.getJsonObject("OptionRequest").getJsonObject("properties").keySet())
        .contains("type", "style", "method", "spot", "strike", "maturityYears", "riskFreeRate", "volatility",
            "dividendYield", "steps", "up", "down", "paths", "seed");
    assertThat(schemas.getJsonObject("OptionValuationResponse").getJsonObject("properties").keySet())
        .containsExactlyInAnyOrder("id", "price", "greeks", "standardError");
    assertThat(schemas.getJsonObject("OptionGreeks").getJsonObject("properties").keySet())
        .containsExactlyInAnyOrder("delta", "gamma", "theta", "vega", "rho");
  }

  private JsonObject created(JsonObject request) {
    ApiResponse response = admin.post(OPTIONS, request);
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.json();
  }

  /** Hull's Example 15.6: S = 42, K = 40, T = 0.5, r = 10 %, σ = 20 %, European. */
  private static JsonObjectBuilder hull(String type, String method) {
    return option(type, "EUROPEAN", method, 42, 40, 0.5, 0.10, 0.20);
  }

  private static JsonObjectBuilder option(String type, String style, String method, double spot, double strike,
      double maturityYears, double riskFreeRate, double volatility) {
    return Json.createObjectBuilder().add("type", type).add("style", style).add("method", method)
        .add("spot", spot).add("strike", strike).add("maturityYears", maturityYears)
        .add("riskFreeRate", riskFreeRate).add("volatility", volatility);
  }

  private static double number(JsonObject object, String name) {
    return object.getJsonNumber(name).doubleValue();
  }
}
