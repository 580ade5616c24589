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
import java.net.URI;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** API.md "LBO" and "Runs": the buyout over HTTP, its field errors, the stored run and the returns grid. */
class LboIT {

  static final String LBO = "/api/v1/valuations/lbo";
  static final String GRID = "/api/v1/valuations/lbo/returns-grid";

  /** The specification quotes amounts to the cent. */
  private static final Offset<Double> CENT = within(0.005);

  private final ApiClient admin = ApiClient.asAdmin();

  /**
   * The specification's worked example (issue 3, "LBO"): 8× on EBITDA 100, debt 500 at 8 % on the
   * opening balance, EBITDA +5 %, cash before interest 50 % of EBITDA, 100 % sweep, exit year 5 at
   * 8× → ending debt 396.83, exit equity 624.19, MOIC 2.081, IRR 15.78 %.
   */
  @Test
  void theWorkedExampleIsValuedAndStored() {
    JsonObject request = DealExamples.lbo().add("name", "Worked LBO").build();
    ApiResponse response = admin.post(LBO, request);

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    assertThat(response.contentType()).isEqualTo("application/json");
    JsonObject answer = response.json();
    assertThat(URI.create(response.location()).getPath()).isEqualTo("/api/v1/valuations/" + answer.getString("id"));
    assertThat(number(answer, "equityInvested")).isCloseTo(300, CENT);
    assertThat(number(answer, "entryEnterpriseValue")).isCloseTo(800, CENT);
    assertThat(number(answer, "exitEquityValue")).isCloseTo(624.19, CENT);
    assertThat(number(answer, "moic")).isCloseTo(2.081, within(0.0005));
    assertThat(number(answer, "irr")).isCloseTo(0.1578, within(0.00005));
    assertThat(answer.getBoolean("totalLoss")).isFalse();
    JsonArray years = answer.getJsonArray("years");
    assertThat(years).hasSize(5);
    JsonObject last = years.getJsonObject(4);
    assertThat(last.getInt("year")).isEqualTo(5);
    assertThat(number(last, "endingDebt")).isCloseTo(396.83, CENT);
    assertThat(last.keySet()).contains("ebitda", "interest", "debtRepayment", "endingDebt");

    ApiResponse reopened = admin.get(response.location());
    assertThat(reopened.status()).as("%s", reopened).isEqualTo(200);
    JsonObject run = reopened.json();
    assertThat(run.getString("kind")).isEqualTo("LBO");
    assertThat(run.getString("name")).isEqualTo("Worked LBO");
    assertThat(JsonTrees.sameNumbersAndText(run.getJsonObject("inputs"), request))
        .as("inputs %s vs sent %s", run.getJsonObject("inputs"), request).isTrue();
    assertThat(number(run.getJsonObject("result"), "irr")).isEqualTo(number(answer, "irr"));

    JsonObject listed = admin.get("/api/v1/valuations?kind=LBO&page=0&size=5").json();
    assertThat(listed.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("id")))
        .contains(answer.getString("id"));
  }

  @Test
  void averageBalanceInterestIsIteratedAndATotalLossSaysSo() {
    JsonObject average = created(DealExamples.lbo().add("interestOn", "AVERAGE_BALANCE").build());
    assertThat(average.getInt("interestIterations")).isGreaterThan(1);
    // Less interest than on the opening balance, so more is swept and the IRR is higher.
    assertThat(number(average, "irr")).isGreaterThan(0.1578);

    JsonObject wipedOut = created(DealExamples.lbo().add("exitMultiple", 3).build());
    assertThat(wipedOut.getBoolean("totalLoss")).isTrue();
    assertThat(wipedOut.containsKey("irr")).as("no IRR for a total loss: %s", wipedOut).isFalse();
    assertThat(number(wipedOut, "moic")).isZero();
  }

  @Test
  void impossibleInputsAreRejectedByField() {
    JsonObject badTranche = assertRejects(admin.post(LBO, DealExamples.lbo()
        .add("debtTranches", Json.createArrayBuilder()
            .add(DealExamples.tranche("Senior", 300, 0.07))
            .add(DealExamples.tranche("Notes", 100, 1.5)))
        .build()), "debtTranches[1].interestRate");
    assertThat(fields(badTranche)).containsExactly("debtTranches[1].interestRate");

    JsonObject tooMuchDebt = assertRejects(admin.post(LBO, DealExamples.lbo()
        .add("debtTranches", Json.createArrayBuilder().add(DealExamples.tranche("Senior", 900, 0.07))).build()), "debtTranches");
    assertThat(fields(tooMuchDebt)).containsExactly("debtTranches");

    JsonObject bothModels = assertRejects(admin.post(LBO, DealExamples.lbo()
        .add("operating", Json.createObjectBuilder().add("revenue", 1000)).build()), "operating");
    assertThat(fields(bothModels)).containsExactly("operating");

    // Amortisation of 25 % a year on 700 of debt cannot be paid from 50 of cash: no revolver, so 422.
    JsonObject unsolvable = assertProblem(admin.post(LBO, DealExamples.lbo()
        .add("debtTranches", Json.createArrayBuilder().add(DealExamples.tranche("Senior", 700, 0.10).add("amortizationRate", 0.25)))
        .build()), 422);
    assertThat(unsolvable.getString("detail")).contains("year 1");
  }

  @Test
  void theReturnsGridRisesWithTheExitMultipleAndStoresNothing() {
    long before = admin.get("/api/v1/valuations?kind=LBO&page=0&size=1").json().getJsonNumber("total").longValue();
    JsonObject request = Json.createObjectBuilder()
        .add("base", DealExamples.lbo())
        .add("entryMultiples", Json.createArrayBuilder().add(7).add(8).add(9))
        .add("exitMultiples", Json.createArrayBuilder().add(6).add(8).add(10))
        .build();

    ApiResponse response = admin.post(GRID, request);

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonObject grid = response.json();
    JsonArray irrs = grid.getJsonArray("irrs");
    assertThat(irrs).hasSize(3);
    assertThat(irrs.getJsonArray(1).getJsonNumber(1).doubleValue()).isCloseTo(0.1578, within(0.00005));
    for (int i = 0; i < 3; i++) {
      JsonArray row = irrs.getJsonArray(i);
      assertThat(row.getJsonNumber(2).doubleValue()).isGreaterThan(row.getJsonNumber(1).doubleValue())
          .isGreaterThan(row.getJsonNumber(0).doubleValue());
    }
    assertThat(grid.getJsonArray("moics").getJsonArray(1).getJsonNumber(1).doubleValue()).isCloseTo(2.081, within(0.0005));
    long after = admin.get("/api/v1/valuations?kind=LBO&page=0&size=1").json().getJsonNumber("total").longValue();
    assertThat(after).isEqualTo(before);

    JsonObject rejected = assertRejects(admin.post(GRID, Json.createObjectBuilder()
        .add("base", DealExamples.lbo())
        .add("entryMultiples", Json.createArrayBuilder().add(8).add(4))
        .add("exitMultiples", Json.createArrayBuilder().add(8))
        .build()), "entryMultiples[1]");
    assertThat(fields(rejected)).containsExactly("entryMultiples[1]");
  }

  private JsonObject created(JsonObject request) {
    ApiResponse response = admin.post(LBO, request);
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.json();
  }

  private static double number(JsonObject object, String name) {
    return object.getJsonNumber(name).doubleValue();
  }
}
