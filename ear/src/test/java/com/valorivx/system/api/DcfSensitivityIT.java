package com.valorivx.system.api;

import static com.valorivx.system.api.DcfExamples.DCF;
import static com.valorivx.system.api.DcfExamples.SENSITIVITY;
import static com.valorivx.system.api.DcfExamples.TOLERANCE;
import static com.valorivx.system.api.DcfExamples.gordon;
import static com.valorivx.system.api.DcfExamples.with;
import static com.valorivx.system.api.DcfExamples.workedExample;
import static com.valorivx.system.api.Problems.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** API.md "DCF sensitivity": a grid of full DCF valuations, rows following the discount rates. */
class DcfSensitivityIT {

  private static final List<Double> RATES = List.of(0.03, 0.08, 0.10, 0.12);
  private static final List<Double> GROWTHS = List.of(0.02, 0.03, 0.04);

  private final ApiClient admin = ApiClient.asAdmin();

  @Test
  void theGridHasOneRowPerDiscountRateAndOneColumnPerGrowthRate() {
    JsonObject grid = grid(workedExample(), "terminalGrowthRates", GROWTHS);

    assertThat(numbers(grid.getJsonArray("discountRates"))).containsExactlyElementsOf(RATES);
    assertThat(numbers(grid.getJsonArray("terminalGrowthRates"))).containsExactlyElementsOf(GROWTHS);
    assertThat(grid.containsKey("exitMultiples")).isFalse();
    for (String values : List.of("enterpriseValues", "valuesPerShare")) {
      JsonArray rows = grid.getJsonArray(values);
      assertThat(rows).as(values).hasSize(RATES.size());
      rows.forEach(row -> assertThat(row.asJsonArray()).as(values).hasSize(GROWTHS.size()));
    }
  }

  @Test
  void theCellAtTheBaseInputsEqualsTheSingleRun() {
    JsonObject grid = grid(workedExample(), "terminalGrowthRates", GROWTHS);
    ApiResponse single = admin.post(DCF, workedExample());
    assertThat(single.status()).as("%s", single).isEqualTo(201);

    double cell = cell(grid, "enterpriseValues", RATES.indexOf(0.10), GROWTHS.indexOf(0.03));
    assertThat(cell).isCloseTo(DcfExamples.WORKED_ENTERPRISE_VALUE, within(TOLERANCE));
    assertThat(cell).isCloseTo(single.json().getJsonNumber("enterpriseValue").doubleValue(), within(1e-9));
    assertThat(cell(grid, "valuesPerShare", RATES.indexOf(0.10), GROWTHS.indexOf(0.03)))
        .isCloseTo(DcfExamples.WORKED_VALUE_PER_SHARE, within(TOLERANCE));
  }

  @Test
  void rowsFollowTheDiscountRates() {
    JsonObject grid = grid(workedExample(), "terminalGrowthRates", GROWTHS);

    // Each row is valued at its own rate: the same cell as a single run at that rate.
    int row = RATES.indexOf(0.12);
    int column = GROWTHS.indexOf(0.02);
    ApiResponse single = admin.post(DCF, with(with(workedExample(), "discountRate", 0.12), "terminal", gordon(0.02)));
    assertThat(single.status()).as("%s", single).isEqualTo(201);
    assertThat(cell(grid, "enterpriseValues", row, column))
        .isCloseTo(single.json().getJsonNumber("enterpriseValue").doubleValue(), within(1e-9));
    // Down a column value falls as the rate rises; along a row it rises with growth.
    for (int c = 0; c < GROWTHS.size(); c++) {
      for (int r = 2; r < RATES.size(); r++) {
        assertThat(cell(grid, "enterpriseValues", r, c)).isLessThan(cell(grid, "enterpriseValues", r - 1, c));
      }
    }
    for (int r = 1; r < RATES.size(); r++) {
      for (int c = 1; c < GROWTHS.size(); c++) {
        assertThat(cell(grid, "enterpriseValues", r, c)).isGreaterThan(cell(grid, "enterpriseValues", r, c - 1));
      }
    }
  }

  @Test
  void aCellWhoseGrowthIsNotBelowItsRateIsNullAndTheRestStands() {
    JsonObject grid = grid(workedExample(), "terminalGrowthRates", GROWTHS);

    int lowRate = RATES.indexOf(0.03);
    for (String values : List.of("enterpriseValues", "valuesPerShare")) {
      JsonArray row = grid.getJsonArray(values).getJsonArray(lowRate);
      assertThat(row.get(GROWTHS.indexOf(0.03))).as("g = r in %s", values).isEqualTo(JsonValue.NULL);
      assertThat(row.get(GROWTHS.indexOf(0.04))).as("g > r in %s", values).isEqualTo(JsonValue.NULL);
      assertThat(row.getJsonNumber(GROWTHS.indexOf(0.02)).doubleValue()).as("g < r in %s", values).isPositive();
    }
  }

  @Test
  void anExitMultipleBaseVariesTheMultiple() {
    List<Double> multiples = List.of(6.0, 8.0, 10.0);
    JsonObject grid = grid(with(workedExample(), "terminal", DcfExamples.exitMultiple(8, 200)), "exitMultiples",
        multiples);

    assertThat(numbers(grid.getJsonArray("exitMultiples"))).containsExactlyElementsOf(multiples);
    assertThat(grid.containsKey("terminalGrowthRates")).isFalse();
    // At 10 % and 8×: the exit-multiple single run, EV = 454.545 + 1600 / 1.1⁵ = 1448.020.
    assertThat(cell(grid, "enterpriseValues", RATES.indexOf(0.10), multiples.indexOf(8.0)))
        .isCloseTo(1448.020, within(TOLERANCE));
  }

  @Test
  void aGridWithoutItsSecondAxisOrWithABadRateIs400() {
    JsonObject noColumns = Json.createObjectBuilder()
        .add("base", workedExample()).add("discountRates", Json.createArrayBuilder(RATES)).build();
    JsonObject percentRate = Json.createObjectBuilder()
        .add("base", workedExample()).add("discountRates", Json.createArrayBuilder(List.of(8.5)))
        .add("terminalGrowthRates", Json.createArrayBuilder(GROWTHS)).build();

    assertRejects(admin.post(SENSITIVITY, noColumns), "terminalGrowthRates");
    assertRejects(admin.post(SENSITIVITY, percentRate), "discountRates[0]");
    assertRejects(admin.post(SENSITIVITY, "{}"), "base");
  }

  private JsonObject grid(JsonObject base, String columnsName, List<Double> columns) {
    JsonObject request = Json.createObjectBuilder()
        .add("base", base)
        .add("discountRates", Json.createArrayBuilder(RATES))
        .add(columnsName, Json.createArrayBuilder(columns))
        .build();
    ApiResponse response = admin.post(SENSITIVITY, request);
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json");
    return response.json();
  }

  private static double cell(JsonObject grid, String values, int row, int column) {
    return grid.getJsonArray(values).getJsonArray(row).getJsonNumber(column).doubleValue();
  }

  private static List<Double> numbers(JsonArray array) {
    return array.getValuesAs(number -> ((JsonNumber) number).doubleValue());
  }
}
