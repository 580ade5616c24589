package com.valorivx.system.api;

import static com.valorivx.system.api.Problems.assertRejects;
import static com.valorivx.system.api.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** API.md "M&A accretion/dilution" and "Runs": the deal over HTTP, its grid, its field errors and the stored run. */
class MnaIT {

  static final String MNA = "/api/v1/valuations/mna";

  private static final Offset<Double> EXACT = within(1e-9);

  private final ApiClient admin = ApiClient.asAdmin();

  /**
   * The engine test's hand-computed deal (MnaEngineTest): acquirer NI 500, 100 shares at 60; target
   * NI 100 bought for 1,500 in 40 % stock, 30 % cash, 30 % debt at 6 %, cash yield 2 %, tax 25 %,
   * synergies 40, fees 30, amortisation 20 → pro forma NI 587.55 on 110 shares, accretion 6.827 %,
   * breakeven synergies −10.067.
   */
  @Test
  void theHandComputedDealIsValuedAndStored() {
    JsonObject request = DealExamples.mna().add("name", "Hand example").add("ticker", "ACQ").build();
    ApiResponse response = admin.post(MNA, request);

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    JsonObject answer = response.json();
    assertThat(URI.create(response.location()).getPath()).isEqualTo("/api/v1/valuations/" + answer.getString("id"));
    assertThat(number(answer, "standaloneEps")).isCloseTo(5.0, EXACT);
    assertThat(number(answer, "newSharesIssued")).isCloseTo(10.0, EXACT);
    assertThat(number(answer, "proFormaNetIncome")).isCloseTo(587.55, EXACT);
    assertThat(number(answer, "proFormaEps")).isCloseTo(587.55 / 110, EXACT);
    assertThat(number(answer, "accretionDilution")).isCloseTo(587.55 / 550 - 1, EXACT);
    assertThat(number(answer, "breakevenSynergies")).isCloseTo(-10.0666666666667, EXACT);

    JsonObject run = admin.get(response.location()).json();
    assertThat(run.getString("kind")).isEqualTo("MNA");
    assertThat(run.getString("name")).isEqualTo("Hand example");
    assertThat(run.getString("ticker")).isEqualTo("ACQ");
    assertThat(JsonTrees.sameNumbersAndText(run.getJsonObject("inputs"), request))
        .as("inputs %s vs sent %s", run.getJsonObject("inputs"), request).isTrue();
    assertThat(number(run.getJsonObject("result"), "proFormaEps")).isEqualTo(number(answer, "proFormaEps"));

    JsonObject listed = admin.get("/api/v1/valuations?kind=MNA&page=0&size=5").json();
    assertThat(listed.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("id")))
        .contains(answer.getString("id"));
  }

  @Test
  void theAccretionGridStoresNothingAndMatchesTheDeal() {
    long before = admin.get("/api/v1/valuations?kind=MNA&page=0&size=1").json().getJsonNumber("total").longValue();
    JsonObject request = Json.createObjectBuilder().add("base", DealExamples.mna())
        .add("premiums", Json.createArrayBuilder().add(0).add(0.25).add(0.5))
        .add("stockShares", Json.createArrayBuilder().add(0).add(0.4).add(1)).build();

    ApiResponse response = admin.post(MNA + "/accretion-grid", request);

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonObject grid = response.json();
    assertThat(grid.getJsonArray("purchasePrices").getJsonNumber(1).doubleValue()).isCloseTo(1_500, EXACT);
    assertThat(grid.getJsonArray("accretionDilution").getJsonArray(1).getJsonNumber(1).doubleValue())
        .isCloseTo(587.55 / 550 - 1, EXACT);
    long after = admin.get("/api/v1/valuations?kind=MNA&page=0&size=1").json().getJsonNumber("total").longValue();
    assertThat(after).isEqualTo(before);

    JsonObject noMarketValue = Json.createObjectBuilder().add("base", DealExamples.mna().add("target",
        Json.createObjectBuilder().add("netIncome", 100))).add("premiums", Json.createArrayBuilder().add(0.2))
        .add("stockShares", Json.createArrayBuilder().add(0.5)).build();
    assertRejects(admin.post(MNA + "/accretion-grid", noMarketValue), "base.target.marketValue");
  }

  @Test
  void impossibleInputsAreRejectedByField() {
    JsonObject badMix = assertRejects(admin.post(MNA, DealExamples.mna().add("consideration",
        Json.createObjectBuilder().add("stock", 0.5).add("cash", 0.3).add("debt", 0.1)).build()), "consideration");
    assertThat(fields(badMix)).containsExactly("consideration");
    JsonObject several = assertRejects(admin.post(MNA, DealExamples.mna().add("taxRate", 1.2).add("purchasePrice", -5).build()),
        "taxRate");
    assertThat(fields(several)).containsExactlyInAnyOrder("taxRate", "purchasePrice");
    assertRejects(admin.post(MNA, DealExamples.mna().remove("acquirer").build()), "acquirer");
  }

  private static double number(JsonObject object, String name) {
    return object.getJsonNumber(name).doubleValue();
  }
}
