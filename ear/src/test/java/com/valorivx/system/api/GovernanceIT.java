package com.valorivx.system.api;

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
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API.md "Governance headers" and "Administration": plans, a tenant's plan, quotas consumed with the
 * run they count (429 naming the quota), features outside the plan (403 naming the feature), and the
 * per-tenant and per-user token buckets under concurrent load. The seeded TRIAL plan (3 valuations a
 * month, burst 10, 1 request a minute, DCF/OPTIONS/CASH_FLOWS only) makes each limit reachable.
 */
class GovernanceIT {

  private static final Logger LOG = Logger.getLogger(GovernanceIT.class.getName());
  static final String USAGE = "/api/v1/usage";
  static final int TRIAL_VALUATIONS = 3;
  static final int TRIAL_BURST = 10;
  static final int STARTER_VALUATIONS = 500;
  static final long STARTER_PATHS = 5_000_000;

  private final ApiClient admin = ApiClient.asAdmin();

  @BeforeEach
  void needsTheDatabase() {
    assumeTrue(SystemUnderTest.jdbcUrl().isPresent(), "valor.it.jdbcUrl not set (instance not started by the harness)");
  }

  @Test
  void plansAreListedAndTheDefaultTenantIsOnEnterpriseWithRateLimitHeaders() {
    ApiResponse plans = admin.get("/api/v1/admin/plans");
    assertThat(plans.status()).as("%s", plans).isEqualTo(200);
    assertThat(plans.jsonArray().stream().map(p -> p.asJsonObject().getString("code")))
        .containsExactly("TRIAL", "STARTER", "PROFESSIONAL", "ENTERPRISE");
    JsonObject enterprise = plans.jsonArray().getJsonObject(3);
    assertThat(enterprise.getJsonArray("features").getValuesAs(jakarta.json.JsonString::getString))
        .contains("DCF", "LBO", "MNA", "OPTIONS", "REAL_OPTIONS", "MONTE_CARLO", "PORTFOLIO", "RISK", "CREDIT",
            "FORECAST", "WORKBOOK", "SCENARIOS");
    assertThat(enterprise.getJsonObject("prices").getJsonNumber("perValuation").bigDecimalValue())
        .isEqualByComparingTo("0.05");

    ApiResponse usage = admin.get(USAGE);
    assertThat(usage.status()).as("%s", usage).isEqualTo(200);
    assertThat(usage.json().getString("plan")).isEqualTo("ENTERPRISE");
    assertThat(usage.json().getJsonObject("limits").getInt("burst")).isEqualTo(5000);
    assertThat(usage.header("X-RateLimit-Limit")).contains("5000");
    assertThat(usage.header("X-RateLimit-Remaining")).isPresent();
    assertThat(usage.header("X-RateLimit-Reset")).isPresent();
    assertThat(usage.header("X-Quota-Limit")).as("a read counts against no quota").isEmpty();
  }

  @Test
  void unknownPlansAndTenantsAreRefused() {
    UUID tenant = UUID.randomUUID();
    assertThat(fields(assertRejects(admin.put("/api/v1/admin/tenants/" + tenant + "/plan",
        Json.createObjectBuilder().add("plan", "GOLD").build()), "plan"))).containsExactly("plan");
    assertProblem(admin.put("/api/v1/admin/tenants/" + tenant + "/plan",
        Json.createObjectBuilder().add("plan", "STARTER").build()), 404);
  }

  @Test
  void theQuotaIsConsumedWithTheRunAndRefusedBeyondItsLimit() throws SQLException {
    PlanTenant trial = PlanTenant.create("TRIAL");
    ApiClient analyst = trial.client();
    for (int i = 1; i <= TRIAL_VALUATIONS; i++) {
      long before = secondsToMonthEnd();
      ApiResponse run = analyst.post(DcfExamples.DCF, DcfExamples.workedExample());
      long after = secondsToMonthEnd();
      assertThat(run.status()).as("%s", run).isEqualTo(201);
      assertThat(run.header("X-Quota-Limit")).contains("3");
      assertThat(run.header("X-Quota-Remaining")).contains(Integer.toString(TRIAL_VALUATIONS - i));
      assertThat(Long.parseLong(run.header("X-Quota-Reset").orElseThrow())).isBetween(after, before);
      assertThat(run.header("X-RateLimit-Limit")).contains(Integer.toString(TRIAL_BURST));
    }
    ApiResponse refused = analyst.post(DcfExamples.DCF, DcfExamples.workedExample());
    JsonObject problem = assertProblem(refused, 429);
    assertThat(problem.getString("quota")).isEqualTo("valuations");
    assertThat(problem.getInt("limit")).isEqualTo(TRIAL_VALUATIONS);
    assertThat(refused.header("X-Quota-Limit")).contains("3");
    assertThat(refused.header("X-Quota-Remaining")).contains("0");
    assertThat(refused.header("Retry-After")).isPresent();
    assertThat(runsOf(trial.tenant())).as("the refused run was not stored").isEqualTo(TRIAL_VALUATIONS);

    JsonObject usage = analyst.get(USAGE).json();
    assertThat(usage.getString("plan")).isEqualTo("TRIAL");
    assertThat(usage.getJsonObject("usage").getInt("valuations")).isEqualTo(TRIAL_VALUATIONS);
    assertThat(usage.getJsonObject("limits").getInt("valuationsPerMonth")).isEqualTo(TRIAL_VALUATIONS);
  }

  /**
   * A Monte Carlo run counts against paths and valuations: its headers name the quota the tenant
   * will run into first, already on the 202 (what is left before the job takes its share).
   */
  @Test
  void aMonteCarloJobReportsTheQuotaItRunsIntoFirst() throws Exception {
    PlanTenant starter = PlanTenant.create("STARTER");
    ApiClient analyst = starter.client();

    ApiResponse first = analyst.post(MonteCarloDcfIT.MONTE_CARLO, MonteCarloDcfIT.request(1_000_000, 5, 1).build());
    assertThat(first.status()).as("%s", first).isEqualTo(202);
    assertThat(first.header("X-Quota-Name")).contains("monteCarloPaths");
    assertThat(first.header("X-Quota-Limit")).contains(Long.toString(STARTER_PATHS));
    assertThat(first.header("X-Quota-Remaining")).contains(Long.toString(STARTER_PATHS));
    awaitSucceeded(analyst, URI.create(first.location()).getPath());

    ApiResponse second = analyst.post(MonteCarloDcfIT.MONTE_CARLO, MonteCarloDcfIT.request(1_000_000, 5, 2).build());
    assertThat(second.status()).as("%s", second).isEqualTo(202);
    assertThat(second.header("X-Quota-Name")).contains("monteCarloPaths");
    assertThat(second.header("X-Quota-Remaining")).contains(Long.toString(STARTER_PATHS - 1_000_000));
    awaitSucceeded(analyst, URI.create(second.location()).getPath());

    ApiResponse dcf = analyst.post(DcfExamples.DCF, DcfExamples.workedExample());
    assertThat(dcf.status()).as("%s", dcf).isEqualTo(201);
    assertThat(dcf.header("X-Quota-Name")).as("a DCF counts valuations only").contains("valuations");
    assertThat(dcf.header("X-Quota-Remaining")).contains(Integer.toString(STARTER_VALUATIONS - 3));
  }

  private static void awaitSucceeded(ApiClient client, String jobPath) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    String status = "QUEUED";
    while (List.of("QUEUED", "RUNNING").contains(status) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      status = client.get(jobPath).json().getString("status");
    }
    assertThat(status).as(jobPath).isEqualTo("SUCCEEDED");
  }

  @Test
  void aFeatureOutsideThePlanIsForbiddenByName() throws SQLException {
    PlanTenant trial = PlanTenant.create("TRIAL");
    ApiResponse lbo = trial.client().post("/api/v1/valuations/lbo", DealExamples.lbo().build());
    JsonObject problem = assertProblem(lbo, 403);
    assertThat(problem.getString("feature")).isEqualTo("LBO");
    assertThat(problem.getString("plan")).isEqualTo("TRIAL");
    assertThat(runsOf(trial.tenant())).isZero();
  }

  /** Concurrent calls race for the last units: the conditional update lets exactly the quota through. */
  @Test
  void concurrentRunsNeverOvershootTheQuota() throws Exception {
    PlanTenant trial = PlanTenant.create("TRIAL");
    ApiClient analyst = trial.client();
    int calls = 8;
    List<ApiResponse> answers = concurrently(calls, () -> analyst.post(DcfExamples.DCF, DcfExamples.workedExample()));
    long created = answers.stream().filter(r -> r.status() == 201).count();
    long refused = answers.stream().filter(r -> r.status() == 429).count();
    LOG.info(() -> "quota race: " + calls + " concurrent DCF runs on a quota of " + TRIAL_VALUATIONS + " → "
        + created + " created, " + refused + " refused");
    assertThat(created).as("%s", answers).isEqualTo(TRIAL_VALUATIONS);
    assertThat(refused).as("%s", answers).isEqualTo(calls - TRIAL_VALUATIONS);
    answers.stream().filter(r -> r.status() == 429)
        .forEach(r -> assertThat(r.json().getString("quota")).isEqualTo("valuations"));
    assertThat(runsOf(trial.tenant())).isEqualTo(TRIAL_VALUATIONS);
  }

  /**
   * N parallel requests at a full bucket of B tokens refilled at 1 a minute (so no token comes back
   * within the test): exactly B pass, N − B get 429 with Retry-After.
   */
  @Test
  void parallelRequestsGetExactlyTheBurst() throws Exception {
    PlanTenant trial = PlanTenant.create("TRIAL");
    ApiClient analyst = trial.client();
    int calls = 30;
    List<ApiResponse> answers = concurrently(calls, () -> analyst.get(USAGE));
    List<ApiResponse> passed = answers.stream().filter(r -> r.status() == 200).toList();
    List<ApiResponse> limited = answers.stream().filter(r -> r.status() == 429).toList();
    LOG.info(() -> "rate limit: " + calls + " parallel requests at a bucket of " + TRIAL_BURST + " → "
        + passed.size() + " passed, " + limited.size() + " got 429");
    assertThat(passed).as("%s", answers).hasSize(TRIAL_BURST);
    assertThat(limited).as("%s", answers).hasSize(calls - TRIAL_BURST);
    // Each answer is the stricter of the user's and the tenant's bucket, which concurrent requests reach
    // in different orders: every figure lies within the burst, and whoever took the user's last token sees 0.
    List<Long> remaining = passed.stream().map(r -> Long.parseLong(r.header("X-RateLimit-Remaining").orElseThrow())).toList();
    assertThat(remaining).allSatisfy(left -> assertThat(left).isBetween(0L, (long) TRIAL_BURST - 1)).contains(0L);
    for (ApiResponse response : limited) {
      JsonObject problem = assertProblem(response, 429);
      assertThat(problem.getString("type")).endsWith("/rate-limited");
      assertThat(Long.parseLong(response.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
      assertThat(response.header("X-RateLimit-Remaining")).contains("0");
      assertThat(response.header("X-RateLimit-Limit")).contains(Integer.toString(TRIAL_BURST));
    }
  }

  static List<ApiResponse> concurrently(int calls, Callable<ApiResponse> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ApiResponse>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<ApiResponse> answers = new ArrayList<>();
      for (Future<ApiResponse> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  static long secondsToMonthEnd() {
    Instant now = Instant.now();
    Instant end = YearMonth.now(ZoneOffset.UTC).plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    return (end.toEpochMilli() - now.toEpochMilli() + 999) / 1000;
  }

  static long runsOf(UUID tenant) throws SQLException {
    try (Connection db = DriverManager.getConnection(SystemUnderTest.jdbcUrl().orElseThrow());
        PreparedStatement count = db.prepareStatement("select count(*) from valuation_run where tenant_id = ?")) {
      count.setObject(1, tenant);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static List<String> fields(JsonObject problem) {
    return problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject).map(e -> e.getString("field")).toList();
  }
}
