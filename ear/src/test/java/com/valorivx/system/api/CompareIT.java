package com.valorivx.system.api;

import static com.valorivx.system.api.DcfExamples.DCF;
import static com.valorivx.system.api.DcfExamples.with;
import static com.valorivx.system.api.DcfExamples.workedExample;
import static com.valorivx.system.api.Problems.assertProblem;
import static com.valorivx.system.api.Problems.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import com.valorivx.system.support.SystemUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** API.md "Scenarios": {@code GET /api/v1/valuations/compare}, runs side by side with their differing fields. */
class CompareIT {

  static final String COMPARE = "/api/v1/valuations/compare?ids=";

  private final ApiClient admin = ApiClient.asAdmin();

  private String run(JsonObject request) {
    ApiResponse response = admin.post(DCF, request);
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.json().getString("id");
  }

  private JsonObject compared(String... ids) {
    ApiResponse response = admin.get(COMPARE + String.join(",", ids));
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  private static Map<String, List<JsonValue>> differences(JsonObject comparison) {
    return comparison.getJsonArray("differences").stream().map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(d -> d.getString("path"), d -> List.copyOf(d.getJsonArray("values"))));
  }

  @Test
  void listsTheRunsAndOnlyTheFieldsThatDiffer() {
    String base = run(with(workedExample(), "name", Json.createValue("Base")));
    String bull = run(with(with(workedExample(), "name", Json.createValue("Bull")), "discountRate", 0.09));

    JsonObject comparison = compared(base, bull);

    assertThat(comparison.getJsonArray("runs").stream().map(r -> r.asJsonObject().getString("id")))
        .containsExactly(base, bull);
    Map<String, List<JsonValue>> differences = differences(comparison);
    assertThat(differences).containsKeys("inputs.name", "inputs.discountRate", "result.enterpriseValue",
        "result.discountRate", "result.years[0].presentValue");
    assertThat(differences).doesNotContainKeys("inputs.sharesOutstanding", "inputs.freeCashFlows[0]",
        "result.years[0].freeCashFlow", "result.netDebt");
    assertThat(differences.get("inputs.discountRate")).containsExactly(Json.createValue(0.1), Json.createValue(0.09));
    double baseValue = comparison.getJsonArray("runs").getJsonObject(0).getJsonObject("result")
        .getJsonNumber("enterpriseValue").doubleValue();
    assertThat(((jakarta.json.JsonNumber) differences.get("result.enterpriseValue").get(0)).doubleValue())
        .isEqualTo(baseValue);
  }

  @Test
  void aFieldMissingInSomeRunsIsNullThere() {
    JsonObject sixYears = Json.createObjectBuilder(workedExample()).add("freeCashFlows",
        Json.createArrayBuilder().add(100).add(110).add(121).add(133.1).add(146.41).add(161.05)).build();
    String five = run(workedExample());
    String six = run(sixYears);
    String fiveAgain = run(workedExample());

    Map<String, List<JsonValue>> differences = differences(compared(five, six, fiveAgain));

    assertThat(differences.get("inputs.freeCashFlows[5]"))
        .containsExactly(JsonValue.NULL, Json.createValue(161.05), JsonValue.NULL);
    assertThat(differences.get("result.years[5].year")).containsExactly(JsonValue.NULL, Json.createValue(6),
        JsonValue.NULL);
    assertThat(differences).doesNotContainKey("inputs.freeCashFlows[4]");
    assertThat(differences(compared(five, fiveAgain))).isEmpty();
  }

  @Test
  void badIdListsAreRejectedNamingIds() {
    String one = run(workedExample());
    assertRejects(admin.get("/api/v1/valuations/compare"), "ids");
    assertRejects(admin.get(COMPARE + one), "ids");
    assertRejects(admin.get(COMPARE + one + "," + one), "ids");
    assertRejects(admin.get(COMPARE + one + ",not-a-uuid"), "ids");
    assertRejects(admin.get(COMPARE + String.join(",", Collections.nCopies(11, one))), "ids");
    List<String> eleven = java.util.stream.Stream.generate(() -> UUID.randomUUID().toString()).limit(11).toList();
    assertRejects(admin.get(COMPARE + String.join(",", eleven)), "ids");
  }

  @Test
  void unknownAndForeignRunsAreNotFound() throws SQLException {
    String mine = run(workedExample());
    assertProblem(admin.get(COMPARE + mine + "," + UUID.randomUUID()), 404);
    assumeTrue(SystemUnderTest.jdbcUrl().isPresent(), "valor.it.jdbcUrl not set (instance not started by the harness)");
    ForeignTenant foreign = ForeignTenant.create(SystemUnderTest.jdbcUrl().orElseThrow());
    assertProblem(admin.get(COMPARE + mine + "," + foreign.run()), 404);
  }
}
