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
import org.junit.jupiter.api.Test;

/** API.md "Real options" and "Runs": the three kinds over HTTP, their field errors and the stored run. */
class RealOptionsIT {

  static final String REAL_OPTIONS = "/api/v1/valuations/real-options";

  private final ApiClient admin = ApiClient.asAdmin();

  /**
   * Damodaran, Applied Corporate Finance (instructor slides, "Valuing the Option to Abandon"):
   * project worth 254 for an investment of 250, sold back for 150 within 5 years, r = 4 %, cost of
   * delay 4 %, σ = 20 %: put 4.13, NPV with the option 8.13.
   */
  @Test
  void damodaransAbandonmentOptionIsValuedAndStored() {
    JsonObject request = abandon().add("name", "Time share").build();
    ApiResponse response = admin.post(REAL_OPTIONS, request);

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    JsonObject answer = response.json();
    assertThat(URI.create(response.location()).getPath()).isEqualTo("/api/v1/valuations/" + answer.getString("id"));
    assertThat(number(answer, "optionValue")).isCloseTo(4.13, within(0.006));
    assertThat(number(answer, "staticNpv")).isCloseTo(4, within(1e-9));
    assertThat(number(answer, "expandedNpv")).isCloseTo(8.13, within(0.006));

    JsonObject run = admin.get(response.location()).json();
    assertThat(run.getString("kind")).isEqualTo("REAL_OPTION");
    assertThat(run.getString("name")).isEqualTo("Time share");
    assertThat(JsonTrees.sameNumbersAndText(run.getJsonObject("inputs"), request))
        .as("inputs %s vs sent %s", run.getJsonObject("inputs"), request).isTrue();
    assertThat(number(run.getJsonObject("result"), "optionValue")).isEqualTo(number(answer, "optionValue"));

    JsonObject listed = admin.get("/api/v1/valuations?kind=REAL_OPTION&page=0&size=5").json();
    assertThat(listed.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("id")))
        .contains(answer.getString("id"));
  }

  /** Damodaran's Disney expansion into Latin America (call 36.3 on a base NPV of −20), and its American lattice. */
  @Test
  void expansionByBothMethods() {
    JsonObject expand = Json.createObjectBuilder().add("kind", "EXPAND").add("underlyingValue", 80)
        .add("investment", 100).add("expansionFactor", 1.25).add("exerciseCost", 150).add("maturityYears", 10)
        .add("volatility", 0.3).add("riskFreeRate", 0.04).build();
    JsonObject bs = created(Json.createObjectBuilder(expand).add("method", "BLACK_SCHOLES").build());
    JsonObject tree = created(Json.createObjectBuilder(expand).add("method", "BINOMIAL").add("steps", 500).build());

    assertThat(number(bs, "optionValue")).isCloseTo(36.3, within(0.06));
    assertThat(number(bs, "expandedNpv")).isCloseTo(16.3, within(0.06));
    // No cost of delay: the American call is never exercised early, so the lattice comes close to Black-Scholes.
    assertThat(number(tree, "optionValue")).isCloseTo(number(bs, "optionValue"), within(0.1));
  }

  @Test
  void impossibleInputsAreRejectedByField() {
    assertRejects(admin.post(REAL_OPTIONS, abandon().add("volatility", -0.2).build()), "volatility");
    JsonObject wrongKindField = assertRejects(admin.post(REAL_OPTIONS, abandon().add("expansionFactor", 2).build()),
        "expansionFactor");
    assertThat(fields(wrongKindField)).containsExactly("expansionFactor");
    JsonObject several = assertRejects(admin.post(REAL_OPTIONS, abandon().add("kind", "SWITCH")
        .add("method", "BINOMIAL").build()), "kind");
    assertThat(fields(several)).containsExactlyInAnyOrder("kind", "steps");
  }

  private JsonObject created(JsonObject request) {
    ApiResponse response = admin.post(REAL_OPTIONS, request);
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.json();
  }

  private static JsonObjectBuilder abandon() {
    return Json.createObjectBuilder().add("kind", "ABANDON").add("method", "BLACK_SCHOLES")
        .add("underlyingValue", 254).add("exerciseCost", 250).add("salvageValue", 150).add("maturityYears", 5)
        .add("volatility", 0.2).add("riskFreeRate", 0.04).add("yield", 0.04);
  }

  private static double number(JsonObject object, String name) {
    return object.getJsonNumber(name).doubleValue();
  }
}
