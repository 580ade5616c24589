package com.valorivx.system.api;

import static com.valorivx.system.api.DcfExamples.DCF;
import static com.valorivx.system.api.DcfExamples.RUNS;
import static com.valorivx.system.api.DcfExamples.TOLERANCE;
import static com.valorivx.system.api.DcfExamples.with;
import static com.valorivx.system.api.DcfExamples.without;
import static com.valorivx.system.api.DcfExamples.workedExample;
import static com.valorivx.system.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import com.valorivx.system.support.SystemUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** API.md "DCF" and "Runs": values, the stored run behind each answer, and the listing. */
class DcfIT {

  private final ApiClient admin = ApiClient.asAdmin();

  @Test
  void theWorkedExampleFromTheIssue() {
    ApiResponse response = admin.post(DCF, workedExample());

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    assertThat(response.contentType()).isEqualTo("application/json");
    JsonObject dcf = response.json();
    // Figures of the issue's worked example; the hand calculation is in DcfExamples.
    assertThat(number(dcf, "terminalValue")).isCloseTo(DcfExamples.WORKED_TERMINAL_VALUE, within(TOLERANCE));
    assertThat(number(dcf, "enterpriseValue")).isCloseTo(DcfExamples.WORKED_ENTERPRISE_VALUE, within(TOLERANCE));
    assertThat(number(dcf, "equityValue")).isCloseTo(DcfExamples.WORKED_EQUITY_VALUE, within(TOLERANCE));
    assertThat(number(dcf, "valuePerShare")).isCloseTo(DcfExamples.WORKED_VALUE_PER_SHARE, within(TOLERANCE));
    assertThat(number(dcf, "discountRate")).isEqualTo(0.10);
    assertThat(number(dcf, "presentValueOfTerminalValue"))
        .isCloseTo(DcfExamples.WORKED_TERMINAL_VALUE / Math.pow(1.1, 5), within(TOLERANCE));
    JsonArray years = dcf.getJsonArray("years");
    assertThat(years).hasSize(5);
    for (int t = 1; t <= 5; t++) {
      JsonObject year = years.getJsonObject(t - 1);
      assertThat(year.getInt("year")).isEqualTo(t);
      assertThat(number(year, "discountFactor")).isCloseTo(Math.pow(1.1, -t), within(1e-12));
      // Every flow grows at the discount rate, so each is worth 100/1.1 today.
      assertThat(number(year, "presentValue")).isCloseTo(100 / 1.1, within(TOLERANCE));
    }
    assertThat(number(years.getJsonObject(4), "freeCashFlow")).isEqualTo(146.41);
    assertThat(dcf.getString("id")).isNotBlank();
  }

  @Test
  void aWaccFromCapmDiscountsLikeTheSameRateGivenOutright() {
    // k_e = 4 % + 1.2 × 5 % = 10 %; after-tax k_d = 6 % × (1 − 25 %) = 4.5 %;
    // WACC = 0.7 × 10 % + 0.3 × 4.5 % = 8.35 %.
    JsonObject wacc = Json.createObjectBuilder()
        .add("riskFreeRate", 0.04).add("beta", 1.2).add("equityRiskPremium", 0.05)
        .add("preTaxCostOfDebt", 0.06).add("taxRate", 0.25).add("equityWeight", 0.7)
        .build();
    JsonObject byWacc = created(with(without(workedExample(), "discountRate"), "wacc", wacc));
    JsonObject byRate = created(with(workedExample(), "discountRate", 0.0835));

    assertThat(number(byWacc, "discountRate")).isCloseTo(0.0835, within(1e-12));
    JsonObject breakdown = byWacc.getJsonObject("wacc");
    assertThat(number(breakdown, "costOfEquity")).isCloseTo(0.10, within(1e-12));
    assertThat(number(breakdown, "afterTaxCostOfDebt")).isCloseTo(0.045, within(1e-12));
    assertThat(number(breakdown, "debtWeight")).isCloseTo(0.3, within(1e-12));
    assertThat(number(byWacc, "enterpriseValue")).isCloseTo(number(byRate, "enterpriseValue"), within(1e-6));
    assertThat(number(byWacc, "enterpriseValue")).isGreaterThan(DcfExamples.WORKED_ENTERPRISE_VALUE);
  }

  @Test
  void aRevenueProjectionGivesTheCashFlowsOfTheReinvestmentModel() {
    JsonObject projection = Json.createObjectBuilder()
        .add("baseRevenue", 1000).add("years", 3).add("revenueGrowth", 0.10).add("ebitMargin", 0.20)
        .add("taxRate", 0.25).add("salesToCapital", 2).add("depreciationRate", 0.05)
        .build();
    JsonObject dcf = created(with(without(workedExample(), "freeCashFlows"), "projection", projection));

    // By hand: revenue 1100, 1210, 1331; EBIT 20 %; FCFF = EBIT × 0.75 − ΔRevenue / 2;
    // EBITDA = EBIT + 5 % of revenue.
    double[][] expected = {
        {1100, 220, 275, 165 - 50},
        {1210, 242, 302.5, 181.5 - 55},
        {1331, 266.2, 332.75, 199.65 - 60.5}};
    JsonArray years = dcf.getJsonArray("years");
    assertThat(years).hasSize(3);
    for (int i = 0; i < 3; i++) {
      JsonObject year = years.getJsonObject(i);
      assertThat(number(year, "revenue")).as("revenue, year %d", i + 1).isCloseTo(expected[i][0], within(1e-9));
      assertThat(number(year, "ebit")).as("EBIT, year %d", i + 1).isCloseTo(expected[i][1], within(1e-9));
      assertThat(number(year, "ebitda")).as("EBITDA, year %d", i + 1).isCloseTo(expected[i][2], within(1e-9));
      assertThat(number(year, "freeCashFlow")).as("FCFF, year %d", i + 1).isCloseTo(expected[i][3], within(1e-9));
    }

    // One growth a year, given as an array, is the same projection.
    JsonObject perYear = Json.createObjectBuilder(projection)
        .add("revenueGrowth", Json.createArrayBuilder().add(0.10).add(0.10).add(0.10)).build();
    JsonObject same = created(with(without(workedExample(), "freeCashFlows"), "projection", perYear));
    assertThat(number(same, "enterpriseValue")).isCloseTo(number(dcf, "enterpriseValue"), within(1e-9));
  }

  @Test
  void anExitMultipleValuesTheTerminalYearsEbitda() {
    JsonObject dcf = created(with(workedExample(), "terminal", DcfExamples.exitMultiple(8, 200)));

    // TV = 8 × 200 = 1600, PV = 1600 / 1.1⁵ = 993.474; EV = 454.545 + 993.474 = 1448.020.
    assertThat(number(dcf, "terminalValue")).isCloseTo(1600, within(1e-9));
    assertThat(number(dcf, "presentValueOfTerminalValue")).isCloseTo(993.474, within(TOLERANCE));
    assertThat(number(dcf, "enterpriseValue")).isCloseTo(1448.020, within(TOLERANCE));
    assertThat(number(dcf, "valuePerShare")).isCloseTo((1448.020 - 200) / 100, within(TOLERANCE));
  }

  @Test
  void midYearDiscountsTheFlowsHalfAYearEarlierButNotTheTerminalValue() {
    JsonObject dcf = created(with(workedExample(), "midYear", JsonValue.TRUE));

    // Each flow is worth 100/1.1 × 1.1^½ = 95.346 today, five of them 476.731; the terminal
    // value stays at the end of year 5: 1337.662. EV = 1814.393.
    JsonObject first = dcf.getJsonArray("years").getJsonObject(0);
    assertThat(number(first, "discountFactor")).isCloseTo(Math.pow(1.1, -0.5), within(1e-12));
    assertThat(number(dcf, "presentValueOfTerminalValue"))
        .isCloseTo(DcfExamples.WORKED_TERMINAL_VALUE / Math.pow(1.1, 5), within(TOLERANCE));
    assertThat(number(dcf, "enterpriseValue")).isCloseTo(1814.393, within(TOLERANCE));
  }

  @Test
  void theLocationOfACreatedRunReturnsTheSameInputsAndResult() {
    JsonObject request = with(workedExample(), "ticker", Json.createValue("ACME"));
    ApiResponse created = admin.post(DCF, request);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonObject answer = created.json();
    String id = answer.getString("id");
    assertThat(URI.create(created.location()).getPath()).isEqualTo("/api/v1/valuations/" + id);

    ApiResponse reopened = admin.get(created.location());

    assertThat(reopened.status()).as("%s", reopened).isEqualTo(200);
    JsonObject run = reopened.json();
    assertThat(run.getString("id")).isEqualTo(id);
    assertThat(run.getString("kind")).isEqualTo("DCF");
    assertThat(run.getString("name")).isEqualTo("Worked example");
    assertThat(run.getString("ticker")).isEqualTo("ACME");
    assertThat(run.getString("createdBy")).isEqualTo(SystemUnderTest.ADMIN_USERNAME);
    assertThat(OffsetDateTime.parse(run.getString("createdAt"))).isBefore(OffsetDateTime.now().plusMinutes(5));
    assertThat(run.getString("engineVersion")).isNotBlank();
    assertThat(JsonTrees.sameNumbersAndText(run.getJsonObject("inputs"), request))
        .as("inputs %s vs sent %s", run.getJsonObject("inputs"), request).isTrue();
    JsonObject resultWithoutId = without(answer, "id");
    assertThat(JsonTrees.sameNumbersAndText(run.getJsonObject("result"), resultWithoutId))
        .as("result %s vs answer %s", run.getJsonObject("result"), resultWithoutId).isTrue();
  }

  @Test
  void aRunThatDoesNotExistIs404AndSoIsAnIdThatIsNotAUuid() {
    assertProblem(admin.get(RUNS + "/" + UUID.randomUUID()), 404);
    assertProblem(admin.get(RUNS + "/not-a-uuid"), 404);
  }

  @Test
  void theListIsNewestFirstInPagesWithATotal() {
    long before = admin.get(RUNS + "?size=1").json().getJsonNumber("total").longValue();
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      created.add(created(with(workedExample(), "name", Json.createValue("listing " + i))).getString("id"));
    }

    JsonObject first = listed(RUNS + "?page=0&size=2");
    JsonObject second = listed(RUNS + "?page=1&size=2");

    assertThat(first.getJsonNumber("total").longValue()).isEqualTo(before + 3);
    assertThat(first.getInt("page")).isZero();
    assertThat(first.getInt("size")).isEqualTo(2);
    assertThat(ids(first)).containsExactly(created.get(2), created.get(1));
    assertThat(second.getInt("page")).isEqualTo(1);
    assertThat(ids(second).get(0)).isEqualTo(created.get(0));
    JsonObject item = first.getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("kind")).isEqualTo("DCF");
    assertThat(item.getString("name")).isEqualTo("listing 2");
    assertThat(item.getJsonObject("result").containsKey("enterpriseValue")).isTrue();
    // Without page and size: page 0 of 20.
    JsonObject defaults = listed(RUNS);
    assertThat(defaults.getInt("page")).isZero();
    assertThat(defaults.getInt("size")).isEqualTo(20);
  }

  @Test
  void theKindFilterKeepsOnlyRunsOfThatKind() {
    String id = created(workedExample()).getString("id");

    JsonObject all = listed(RUNS + "?page=0&size=1");
    JsonObject dcf = listed(RUNS + "?kind=DCF&page=0&size=100");
    JsonObject lbo = listed(RUNS + "?kind=LBO&page=0&size=100");

    assertThat(ids(dcf)).contains(id);
    assertThat(dcf.getJsonArray("items")).allSatisfy(
        run -> assertThat(run.asJsonObject().getString("kind")).isEqualTo("DCF"));
    // A filter that did nothing would list the new DCF run under LBO too, and count every run.
    assertThat(ids(lbo)).doesNotContain(id);
    assertThat(lbo.getJsonArray("items")).allSatisfy(
        run -> assertThat(run.asJsonObject().getString("kind")).isEqualTo("LBO"));
    assertThat(lbo.getJsonNumber("total").longValue())
        .isLessThan(all.getJsonNumber("total").longValue());
  }

  @Test
  void anotherTenantsRunIsNeitherFoundNorListed() throws SQLException {
    assumeTrue(SystemUnderTest.jdbcUrl().isPresent(), "valor.it.jdbcUrl not set (instance not started by the harness)");
    UUID foreignRun = OtherTenant.storeDcfRun(SystemUnderTest.jdbcUrl().orElseThrow());

    assertProblem(admin.get(RUNS + "/" + foreignRun), 404);
    assertThat(ids(listed(RUNS + "?page=0&size=100"))).doesNotContain(foreignRun.toString());
  }

  private JsonObject created(JsonObject request) {
    ApiResponse response = admin.post(DCF, request);
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.json();
  }

  private JsonObject listed(String path) {
    ApiResponse response = admin.get(path);
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(run -> run.asJsonObject().getString("id")).toList();
  }

  private static double number(JsonObject object, String name) {
    return object.getJsonNumber(name).doubleValue();
  }

  /** A tenant of its own, written straight into the instance's database, with one DCF run. */
  private static final class OtherTenant {

    static UUID storeDcfRun(String jdbcUrl) throws SQLException {
      UUID tenant = UUID.randomUUID();
      UUID run = UUID.randomUUID();
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      try (Connection db = DriverManager.getConnection(jdbcUrl)) {
        ForeignTenant.insertTenant(db, tenant, "it-other-", now);
        // Newer than anything the tests create, so a leak would show on the first page.
        ForeignTenant.insertDcfRun(db, run, tenant, "{\"enterpriseValue\":1}", now.plusDays(1));
      }
      return run;
    }
  }
}
