package com.valorivx.system.api;

import static com.valorivx.system.api.Problems.assertProblem;
import static com.valorivx.system.api.Problems.assertRejects;
import static com.valorivx.system.api.Problems.fields;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API.md "Market data": CSV upload (all or nothing, every bad cell named), list with the synthetic
 * sample first, open with a window, delete, tenant scoping, and estimate → optimise.
 */
class MarketDataIT {

  static final String DATASETS = "/api/v1/market/datasets";

  /** The well-known id of the built-in synthetic prices. */
  static final String SAMPLE_PRICES = "00000000-0000-4000-8000-5a3b1e000001";

  private final ApiClient admin = ApiClient.asAdmin();

  private static final String GOOD_CSV = "date,AAA,BBB\n"
      + "2024-01-03,101,50.5\n"
      + "2024-01-02,100,50\n"
      + "2024-01-04,99.5,51\n"
      + "2024-01-05,102,50.2\n";

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private ApiResponse upload(String name, String csv) {
    return admin.send("POST", DATASETS + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), "text/csv", csv);
  }

  private List<String> listedIds() {
    ApiResponse response = admin.get(DATASETS + "?size=100");
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("id")).toList();
  }

  @Test
  void uploadListOpenDelete() {
    String name = unique("Two stocks");
    ApiResponse created = upload(name, GOOD_CSV);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonObject dataset = created.json();
    String id = dataset.getString("id");
    assertThat(URI.create(created.location()).getPath()).isEqualTo(DATASETS + "/" + id);
    assertThat(dataset.getString("name")).isEqualTo(name);
    assertThat(dataset.getString("kind")).isEqualTo("PRICES");
    assertThat(dataset.getBoolean("synthetic")).isFalse();
    assertThat(dataset.getJsonArray("symbols").getValuesAs(JsonValue::toString)).containsExactly("\"AAA\"", "\"BBB\"");
    assertThat(dataset.getString("firstDate")).isEqualTo("2024-01-02");
    assertThat(dataset.getString("lastDate")).isEqualTo("2024-01-05");
    assertThat(dataset.getInt("rowCount")).isEqualTo(4);

    // the sample first, then uploads newest first
    List<String> ids = listedIds();
    assertThat(ids.get(0)).isEqualTo(SAMPLE_PRICES);
    assertThat(ids).contains(id);
    JsonObject sample = admin.get(DATASETS).json().getJsonArray("items").getJsonObject(0);
    assertThat(sample.getBoolean("synthetic")).isTrue();
    assertThat(sample.getString("name")).containsIgnoringCase("synthetic");

    ApiResponse opened = admin.get(DATASETS + "/" + id + "?from=2024-01-03&to=2024-01-04");
    assertThat(opened.status()).as("%s", opened).isEqualTo(200);
    JsonArray rows = opened.json().getJsonArray("observations");
    assertThat(rows).hasSize(2);
    assertThat(rows.getJsonObject(0).getString("date")).isEqualTo("2024-01-03");
    assertThat(rows.getJsonObject(0).getJsonArray("values").getJsonNumber(0).doubleValue()).isEqualTo(101);
    assertThat(rows.getJsonObject(0).getJsonArray("values").getJsonNumber(1).doubleValue()).isEqualTo(50.5);

    ApiResponse deleted = admin.delete(DATASETS + "/" + id);
    assertThat(deleted.status()).as("%s", deleted).isEqualTo(204);
    assertProblem(admin.get(DATASETS + "/" + id), 404);
    assertThat(listedIds()).doesNotContain(id);
  }

  @Test
  void badRowsAreAllNamedAndNothingIsStored() {
    String name = unique("Broken");
    long before = admin.get(DATASETS).json().getJsonNumber("total").longValue();
    String csv = "date,MSFT,AAPL\n"
        + "2024-01-02,370.87,185.64\n"
        + "2024-01-03,370.6,184.25\n"
        + "2024-01-04,abc,181.91\n"
        + "2024-01-05,-3,181.18\n"
        + "2024-01-03,371,182\n"
        + "2024-02-30,375,183\n"
        + "2024-01-09,375\n";
    ApiResponse response = upload(name, csv);
    JsonObject problem = assertProblem(response, 400);
    assertThat(fields(problem)).containsExactly("row 4, column MSFT", "row 5, column MSFT", "row 6, column date",
        "row 7, column date", "row 8");
    assertThat(admin.get(DATASETS).json().getJsonNumber("total").longValue()).isEqualTo(before);
    assertThat(admin.get(DATASETS + "?size=100").body()).doesNotContain(name);
  }

  @Test
  void badNameKindAndSize() {
    assertRejects(admin.send("POST", DATASETS + "?name=", "text/csv", GOOD_CSV), "name");
    assertRejects(admin.send("POST", DATASETS + "?name=x&kind=BONDS", "text/csv", GOOD_CSV), "kind");
    assertRejects(admin.send("POST", DATASETS + "?name=x", "text/csv", ""), "file");
    String huge = "date,A\n" + "2024-01-02,1\n".repeat(400_000);
    assertProblem(admin.send("POST", DATASETS + "?name=x", "text/csv", huge), 413);
  }

  @Test
  void theSampleIsReadOnly() {
    assertProblem(admin.delete(DATASETS + "/" + SAMPLE_PRICES), 409);
    ApiResponse opened = admin.get(DATASETS + "/" + SAMPLE_PRICES);
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.json().getJsonArray("observations").size()).isGreaterThan(700);
  }

  @Test
  void foreignAndUnknownDataSetsAreNotFound() throws SQLException {
    assertProblem(admin.get(DATASETS + "/" + UUID.randomUUID()), 404);
    assertProblem(admin.get(DATASETS + "/not-a-uuid"), 404);
    assumeTrue(SystemUnderTest.jdbcUrl().isPresent(), "valor.it.jdbcUrl not set (instance not started by the harness)");
    UUID tenant = UUID.randomUUID();
    UUID dataset = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Connection db = DriverManager.getConnection(SystemUnderTest.jdbcUrl().orElseThrow())) {
      ForeignTenant.insertTenant(db, tenant, "it-foreign-", now);
      try (PreparedStatement insert = db.prepareStatement("insert into market_dataset (id, tenant_id, name, kind, "
          + "symbols, first_date, last_date, row_count, created_by, created_at) values (?, ?, ?, 'PRICES', 'X', ?, ?, "
          + "1, 'someone-else', ?)")) {
        insert.setObject(1, dataset);
        insert.setObject(2, tenant);
        insert.setString(3, "foreign prices");
        insert.setObject(4, LocalDate.of(2024, 1, 2));
        insert.setObject(5, LocalDate.of(2024, 1, 2));
        // newest of all, so a leak would show on the first page
        insert.setObject(6, now.plusYears(1));
        insert.executeUpdate();
      }
    }
    assertProblem(admin.get(DATASETS + "/" + dataset), 404);
    assertProblem(admin.delete(DATASETS + "/" + dataset), 404);
    assertProblem(admin.post(DATASETS + "/" + dataset + "/estimate", "{}"), 404);
    assertThat(listedIds()).doesNotContain(dataset.toString());
  }

  @Test
  void estimateOnTheSampleFeedsTheOptimiser() {
    JsonObject request = Json.createObjectBuilder()
        .add("from", "2023-01-01").add("to", "2024-12-31").add("frequency", "WEEKLY").add("returns", "LOG").build();
    ApiResponse response = admin.post(DATASETS + "/" + SAMPLE_PRICES + "/estimate", request);
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    JsonObject estimate = response.json();
    assertThat(estimate.getInt("periodsPerYear")).isEqualTo(52);
    assertThat(estimate.getInt("observations")).isBetween(100, 106);
    int n = estimate.getJsonArray("assets").size();
    assertThat(n).isEqualTo(5);
    JsonArray corr = estimate.getJsonArray("correlations");
    JsonArray cov = estimate.getJsonArray("covariance");
    JsonArray vol = estimate.getJsonArray("volatilities");
    for (int i = 0; i < n; i++) {
      assertThat(corr.getJsonArray(i).getJsonNumber(i).doubleValue()).isEqualTo(1.0);
      for (int j = 0; j < n; j++) {
        double rho = corr.getJsonArray(i).getJsonNumber(j).doubleValue();
        assertThat(rho).isEqualTo(corr.getJsonArray(j).getJsonNumber(i).doubleValue());
        assertThat(cov.getJsonArray(i).getJsonNumber(j).doubleValue()).isCloseTo(
            rho * vol.getJsonNumber(i).doubleValue() * vol.getJsonNumber(j).doubleValue(), within(1e-12));
      }
    }

    JsonObject optimize = Json.createObjectBuilder(estimate.getJsonObject("portfolioInputs"))
        .add("objective", "MIN_VARIANCE").add("name", "from market data").build();
    ApiResponse optimised = admin.post("/api/v1/analytics/portfolio/optimize", optimize);
    assertThat(optimised.status()).as("%s", optimised).isEqualTo(201);
    double sum = optimised.json().getJsonArray("weights").getValuesAs(v -> ((jakarta.json.JsonNumber) v).doubleValue())
        .stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void estimateRejectsBadInputsByField() {
    String path = DATASETS + "/" + SAMPLE_PRICES + "/estimate";
    assertRejects(admin.post(path, "{\"frequency\":\"HOURLY\"}"), "frequency");
    assertRejects(admin.post(path, "{\"from\":\"yesterday\"}"), "from");
    assertRejects(admin.post(path, "{\"symbols\":[\"NOPE\"]}"), "symbols[0]");
    // one month-end in the window: no returns
    assertRejects(admin.post(path, "{\"from\":\"2024-12-01\",\"frequency\":\"MONTHLY\"}"), "from");
  }
}
