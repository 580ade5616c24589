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

/** API.md "Analytics": the credit endpoints over HTTP, their field errors and the stored CREDIT runs. */
class CreditIT {

  static final String MERTON = "/api/v1/analytics/credit/merton";
  static final String ALTMAN = "/api/v1/analytics/credit/altman";

  private final ApiClient admin = ApiClient.asAdmin();

  /**
   * J. C. Hull, Options, Futures, and Other Derivatives, 9th edition, section 24.6, Example 24.3:
   * E = 3, σ_E = 0.80, D = 10, r = 5 %, T = 1 → V = 12.40, σ_V = 0.2123, PD 12.7 %, debt worth 9.40.
   */
  @Test
  void textbookMertonExampleIsSolvedAndStored() {
    JsonObject request = hull().add("name", "Textbook firm").build();
    ApiResponse response = admin.post(MERTON, request);

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    JsonObject answer = response.json();
    assertThat(URI.create(response.location()).getPath()).isEqualTo("/api/v1/valuations/" + answer.getString("id"));
    assertThat(number(answer, "assetValue")).isCloseTo(12.40, within(0.005));
    assertThat(number(answer, "assetVolatility")).isCloseTo(0.2123, within(0.00005));
    assertThat(number(answer, "probabilityOfDefault")).isCloseTo(0.127, within(0.0005));
    assertThat(number(answer, "marketValueOfDebt")).isCloseTo(9.40, within(0.005));
    assertThat(number(answer, "expectedLoss"))
        .isCloseTo(number(answer, "probabilityOfDefault") * 0.6 * 10, within(1e-9));

    JsonObject run = admin.get(response.location()).json();
    assertThat(run.getString("kind")).isEqualTo("CREDIT");
    assertThat(run.getString("name")).isEqualTo("Textbook firm");
    assertThat(number(run.getJsonObject("result"), "assetValue")).isEqualTo(number(answer, "assetValue"));
  }

  @Test
  void altmanOriginalScoreAndZone() {
    // 1.2·0.10 + 1.4·0.20 + 3.3·0.15 + 0.6·1.50 + 1.0·1.20 = 2.995, just above the 2.99 cut-off
    ApiResponse response = admin.post(ALTMAN, Json.createObjectBuilder().add("model", "ORIGINAL")
        .add("workingCapitalToAssets", 0.10).add("retainedEarningsToAssets", 0.20).add("ebitToAssets", 0.15)
        .add("marketEquityToLiabilities", 1.50).add("salesToAssets", 1.20).build());
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    assertThat(number(response.json(), "zScore")).isCloseTo(2.995, within(1e-9));
    assertThat(response.json().getString("zone")).isEqualTo("SAFE");
    assertThat(admin.get(response.location()).json().getString("kind")).isEqualTo("CREDIT");
  }

  @Test
  void missingAndUnusedFieldsAreNamed() {
    assertRejects(admin.post(MERTON, hull().add("lossGivenDefault", 1.5).build()), "lossGivenDefault");
    JsonObject nonManufacturing = assertRejects(admin.post(ALTMAN, Json.createObjectBuilder()
        .add("model", "NON_MANUFACTURING").add("workingCapitalToAssets", 0.1).add("retainedEarningsToAssets", 0.1)
        .add("ebitToAssets", 0.1).add("salesToAssets", 1.0).build()), "bookEquityToLiabilities");
    assertThat(fields(nonManufacturing)).containsExactlyInAnyOrder("bookEquityToLiabilities", "salesToAssets");
  }

  private static JsonObjectBuilder hull() {
    return Json.createObjectBuilder().add("equityValue", 3).add("equityVolatility", 0.8).add("debtFaceValue", 10)
        .add("maturityYears", 1).add("riskFreeRate", 0.05).add("lossGivenDefault", 0.6);
  }

  private static double number(JsonObject object, String name) {
    return object.getJsonNumber(name).doubleValue();
  }
}
