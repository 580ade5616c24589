package com.valorivx.system.api;

import static com.valorivx.system.api.Problems.assertProblem;
import static com.valorivx.system.api.Problems.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import com.valorivx.system.support.SystemUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * API.md "Jobs" for the long analytics: a large efficient frontier, Monte Carlo VaR and a forecast
 * batch are 202 + Location, polled to SUCCEEDED with the stored run's id; the job's VaR equals the
 * synchronous one for the same seed; cancel; 400 naming the field before any job exists; another
 * tenant's job is 404; and the time of one million VaR scenarios end to end (logged, not asserted).
 */
class AnalyticsJobsIT {

  static final String FRONTIER_JOBS = "/api/v1/analytics/portfolio/frontier/jobs";
  static final String VAR_JOBS = "/api/v1/analytics/risk/var/jobs";
  static final String FORECAST_BATCH = "/api/v1/analytics/forecast/batch";

  private static final Logger LOG = Logger.getLogger(AnalyticsJobsIT.class.getName());
  private static final Duration PATIENCE = Duration.ofSeconds(180);

  private final ApiClient admin = ApiClient.asAdmin();

  @Test
  void aLargeFrontierRunsAsAJobAndStoresAPortfolioRun() throws InterruptedException {
    JsonObject request = PortfolioIT.textbook("MIN_VARIANCE").add("name", "Frontier job").add("points", 400).build();
    String jobPath = accepted(FRONTIER_JOBS, request);

    JsonObject job = awaitFinal(jobPath);

    assertThat(job.getString("status")).as("%s", job).isEqualTo("SUCCEEDED");
    assertThat(job.getString("kind")).isEqualTo("PORTFOLIO");
    assertThat(number(job, "progress")).isEqualTo(1.0);
    JsonObject result = job.getJsonObject("result");
    assertThat(result.getJsonArray("points")).hasSize(400);
    JsonObject synchronous = admin.post("/api/v1/analytics/portfolio/frontier", request).json();
    assertThat(result.getJsonArray("points")).isEqualTo(synchronous.getJsonArray("points"));
    JsonObject run = admin.get("/api/v1/valuations/" + result.getString("runId")).json();
    assertThat(run.getString("kind")).isEqualTo("PORTFOLIO");
    assertThat(run.getString("name")).isEqualTo("Frontier job");
    assertThat(run.getJsonObject("result").getJsonArray("points")).hasSize(400);
  }

  /** The job and the synchronous endpoint draw the same scenarios from the same seed: same figures. */
  @Test
  void monteCarloVarAsAJobEqualsTheSynchronousAnswerForTheSameSeed() throws InterruptedException {
    JsonObject request = hull("MONTE_CARLO").add("scenarios", 120_000).add("seed", 11).add("name", "VaR job").build();

    JsonObject job = awaitFinal(accepted(VAR_JOBS, request));
    ApiResponse synchronous = admin.post(RiskIT.VAR, request);

    assertThat(job.getString("status")).as("%s", job).isEqualTo("SUCCEEDED");
    assertThat(job.getString("kind")).isEqualTo("VAR");
    JsonObject result = job.getJsonObject("result");
    assertThat(synchronous.status()).isEqualTo(201);
    for (String figure : List.of("valueAtRisk", "expectedShortfall", "standardError")) {
      assertThat(number(result, figure)).as(figure).isEqualTo(number(synchronous.json(), figure));
    }
    assertThat(result.getJsonArray("histogram")).isEqualTo(synchronous.json().getJsonArray("histogram"));
    JsonObject run = admin.get("/api/v1/valuations/" + result.getString("runId")).json();
    assertThat(run.getString("kind")).isEqualTo("VAR");
    assertThat(number(run.getJsonObject("result"), "valueAtRisk")).isEqualTo(number(result, "valueAtRisk"));
  }

  @Test
  void aForecastBatchForecastsEverySeriesIntoOneRun() throws InterruptedException {
    JsonArrayBuilder series = Json.createArrayBuilder();
    for (int s = 0; s < 25; s++) {
      JsonArrayBuilder history = Json.createArrayBuilder();
      for (int t = 0; t < 12; t++) {
        history.add(100 + s + (2.0 + s / 10.0) * t + (t % 3 == 0 ? 1.5 : -0.5));
      }
      series.add(Json.createObjectBuilder().add("name", "Unit " + s).add("history", history));
    }
    JsonObject request = Json.createObjectBuilder().add("name", "Batch").add("series", series).add("horizon", 4)
        .add("method", "BOTH").build();

    JsonObject job = awaitFinal(accepted(FORECAST_BATCH, request));

    assertThat(job.getString("status")).as("%s", job).isEqualTo("SUCCEEDED");
    assertThat(job.getString("kind")).isEqualTo("FORECAST");
    JsonObject result = job.getJsonObject("result");
    assertThat(result.getInt("seriesCount")).isEqualTo(25);
    assertThat(result.getJsonArray("forecasts")).hasSize(25);
    JsonObject first = result.getJsonArray("forecasts").getJsonObject(0);
    assertThat(first.getString("name")).isEqualTo("Unit 0");
    JsonObject single = admin.post("/api/v1/analytics/forecast", Json.createObjectBuilder()
        .add("history", request.getJsonArray("series").getJsonObject(0).getJsonArray("history")).add("horizon", 4)
        .build()).json();
    JsonObject forecast = first.getJsonObject("forecast");
    assertThat(forecast.getString("recommended")).isEqualTo(single.getString("recommended"));
    assertThat(number(forecast, "recommendedMape")).isEqualTo(number(single, "recommendedMape"));
    assertThat(forecast.getJsonArray("methods")).hasSameSizeAs(single.getJsonArray("methods"));
    JsonObject run = admin.get("/api/v1/valuations/" + result.getString("runId")).json();
    assertThat(run.getString("kind")).isEqualTo("FORECAST");
    assertThat(run.getJsonObject("result").getJsonArray("forecasts")).hasSize(25);
  }

  @Test
  void aLongVarJobReportsProgressAndStopsWhenCancelled() throws InterruptedException {
    String jobPath = accepted(VAR_JOBS, longVar(5_000_000));
    JsonObject running = awaitProgress(jobPath);
    assertThat(running.getString("status")).as("%s", running).isEqualTo("RUNNING");
    assertThat(number(running, "progress")).isStrictlyBetween(0.0, 1.0);

    ApiResponse cancelled = admin.delete(jobPath);

    assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    JsonObject job = awaitFinal(jobPath);
    assertThat(job.getString("status")).isEqualTo("CANCELLED");
    assertThat(job.get("result")).isEqualTo(JsonValue.NULL);
  }

  @Test
  void badRequestsAre400NamingTheFieldAndCreateNoJob() throws SQLException {
    long before = jobCount();
    assertRejects(admin.post(VAR_JOBS, hull("MONTE_CARLO").add("scenarios", 50).build()), "scenarios");
    assertRejects(admin.post(VAR_JOBS, hull("MONTE_CARLO").add("confidence", 1.5).build()), "confidence");
    assertRejects(admin.post(FRONTIER_JOBS, PortfolioIT.textbook("MIN_VARIANCE").add("points", 5000).build()),
        "points");
    assertRejects(admin.post(FRONTIER_JOBS, PortfolioIT.textbook("MIN_VARIANCE").add("expectedReturns",
        Json.createArrayBuilder().add(0.08)).build()), "expectedReturns");
    assertRejects(admin.post(FORECAST_BATCH, Json.createObjectBuilder().add("horizon", 3).add("series",
        Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "ok").add("history",
            Json.createArrayBuilder().add(1).add(2).add(3).add(4).add(5).add(6)))
            .add(Json.createObjectBuilder().add("name", "short").add("history", Json.createArrayBuilder().add(1))))
        .build()), "series[1].history");
    assertRejects(admin.post(FORECAST_BATCH, Json.createObjectBuilder().add("horizon", 3).build()), "series");
    if (before >= 0) {
      assertThat(jobCount()).as("jobs created by rejected requests").isEqualTo(before);
    }
  }

  @Test
  void anotherTenantsJobIs404() throws SQLException {
    assumeTrue(SystemUnderTest.jdbcUrl().isPresent(), "valor.it.jdbcUrl not set (instance not started by the harness)");
    UUID foreignJob = insertForeignJob(SystemUnderTest.jdbcUrl().orElseThrow(), "SUCCEEDED");

    assertProblem(admin.get("/api/v1/jobs/" + foreignJob), 404);
    assertProblem(admin.delete("/api/v1/jobs/" + foreignJob), 404);
  }

  /** One million Monte Carlo VaR scenarios through the API; the time is logged for the closing note. */
  @Test
  void oneMillionVarScenariosEndToEnd() throws InterruptedException {
    awaitFinal(accepted(VAR_JOBS, hull("MONTE_CARLO").add("scenarios", 200_000).add("seed", 1).build()));
    long start = System.nanoTime();
    String jobPath = accepted(VAR_JOBS, hull("MONTE_CARLO").add("scenarios", 1_000_000).add("seed", 2024).build());
    JsonObject job = awaitFinal(jobPath, Duration.ofMillis(5));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(job.getString("status")).as("%s", job).isEqualTo("SUCCEEDED");
    assertThat(job.getJsonObject("result").getInt("scenarioCount")).isEqualTo(1_000_000);
    LOG.info(() -> "Monte Carlo VaR, 2 positions, 1,000,000 scenarios end to end (submit → SUCCEEDED): " + millis
        + " ms");
  }

  /** Hull's two positions (see RiskIT) with the given method. */
  static JsonObjectBuilder hull(String method) {
    return Json.createObjectBuilder().add("method", method).add("confidence", 0.99).add("horizonDays", 10)
        .add("positions", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("name", "Microsoft").add("value", 10_000_000).add("dailyVolatility", 0.02))
            .add(Json.createObjectBuilder().add("name", "AT&T").add("value", 5_000_000).add("dailyVolatility", 0.01)))
        .add("correlations", Json.createArrayBuilder().add(Json.createArrayBuilder().add(1).add(0.3))
            .add(Json.createArrayBuilder().add(0.3).add(1)));
  }

  /** 150 independent positions: 150 normal draws a scenario, so the job runs for seconds. */
  static JsonObject longVar(int scenarios) {
    int n = 150;
    JsonArrayBuilder positions = Json.createArrayBuilder();
    JsonArrayBuilder rho = Json.createArrayBuilder();
    for (int i = 0; i < n; i++) {
      positions.add(Json.createObjectBuilder().add("name", "P" + i).add("value", 1_000_000).add("dailyVolatility", 0.01));
      JsonArrayBuilder row = Json.createArrayBuilder();
      for (int j = 0; j < n; j++) {
        row.add(i == j ? 1 : 0);
      }
      rho.add(row);
    }
    return Json.createObjectBuilder().add("method", "MONTE_CARLO").add("confidence", 0.99).add("positions", positions)
        .add("correlations", rho).add("scenarios", scenarios).add("seed", 5).build();
  }

  /** A job of a new tenant the admin does not belong to, written into the instance's database. */
  static UUID insertForeignJob(String jdbcUrl, String status) throws SQLException {
    UUID tenant = UUID.randomUUID();
    UUID job = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Connection db = DriverManager.getConnection(jdbcUrl)) {
      ForeignTenant.insertTenant(db, tenant, "it-foreign-job-", now);
      try (PreparedStatement insert = db.prepareStatement("insert into job (id, tenant_id, kind, status, progress, "
          + "request_json, created_by, created_at) values (?, ?, 'VAR', ?, 0, '{}', 'someone-else', ?)")) {
        insert.setObject(1, job);
        insert.setObject(2, tenant);
        insert.setString(3, status);
        insert.setObject(4, now);
        insert.executeUpdate();
      }
    }
    return job;
  }

  /** Jobs in the instance's database, or -1 when the harness did not say where it is. */
  private static long jobCount() throws SQLException {
    if (SystemUnderTest.jdbcUrl().isEmpty()) {
      return -1;
    }
    try (Connection db = DriverManager.getConnection(SystemUnderTest.jdbcUrl().orElseThrow());
        ResultSet rows = db.createStatement().executeQuery("select count(*) from job")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private String accepted(String path, JsonObject request) {
    ApiResponse response = admin.post(path, request);
    assertThat(response.status()).as("%s", response).isEqualTo(202);
    String jobPath = URI.create(response.location()).getPath();
    assertThat(jobPath).isEqualTo("/api/v1/jobs/" + response.json().getString("id"));
    return jobPath;
  }

  private JsonObject awaitProgress(String jobPath) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      JsonObject job = admin.get(jobPath).json();
      if (number(job, "progress") > 0 || !List.of("QUEUED", "RUNNING").contains(job.getString("status"))
          || System.nanoTime() > deadline) {
        return job;
      }
      Thread.sleep(20);
    }
  }

  JsonObject awaitFinal(String jobPath) throws InterruptedException {
    return awaitFinal(jobPath, Duration.ofMillis(50));
  }

  private JsonObject awaitFinal(String jobPath, Duration pollEvery) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      ApiResponse response = admin.get(jobPath);
      assertThat(response.status()).as("%s", response).isEqualTo(200);
      JsonObject job = response.json();
      assertThat(number(job, "progress")).isBetween(0.0, 1.0);
      if (List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(job.getString("status"))
          || System.nanoTime() > deadline) {
        return job;
      }
      Thread.sleep(pollEvery.toMillis());
    }
  }

  private static double number(JsonObject object, String name) {
    return object.getJsonNumber(name).doubleValue();
  }
}
