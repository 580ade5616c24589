package com.valorivx.system.api;

import static com.valorivx.system.api.Problems.assertProblem;
import static com.valorivx.system.api.Problems.assertRejects;
import static com.valorivx.system.api.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * API.md "Monte Carlo DCF" and "Jobs": 202 + Location, polling to SUCCEEDED, the result and the
 * stored run, cancel, field errors, and one million paths end to end (timed and logged, not asserted).
 */
class MonteCarloDcfIT {

  static final String MONTE_CARLO = "/api/v1/valuations/dcf/monte-carlo";

  private static final Logger LOG = Logger.getLogger(MonteCarloDcfIT.class.getName());

  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private final ApiClient admin = ApiClient.asAdmin();

  @Test
  void aJobIsAcceptedRunsToSuccessAndStoresItsRun() throws InterruptedException {
    ApiResponse accepted = admin.post(MONTE_CARLO, request(100_000, 10, 7).add("name", "MC IT").build());

    assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
    String jobPath = URI.create(accepted.location()).getPath();
    assertThat(jobPath).isEqualTo("/api/v1/jobs/" + accepted.json().getString("id"));
    assertThat(accepted.json().getString("status")).isIn("QUEUED", "RUNNING", "SUCCEEDED");

    JsonObject job = awaitFinal(jobPath);

    assertThat(job.getString("status")).as("%s", job).isEqualTo("SUCCEEDED");
    assertThat(job.getString("kind")).isEqualTo("MONTE_CARLO_DCF");
    assertThat(job.getJsonNumber("progress").doubleValue()).isEqualTo(1.0);
    assertThat(job.get("error")).isEqualTo(JsonValue.NULL);
    JsonObject result = job.getJsonObject("result");
    assertThat(result.keySet()).contains("runId", "mean", "median", "stdDev", "standardError", "percentiles",
        "histogram", "probabilityAbovePrice", "invalidPaths");
    JsonObject p = result.getJsonObject("percentiles");
    List<Double> ordered = List.of(number(p, "p5"), number(p, "p25"), number(p, "p50"), number(p, "p75"),
        number(p, "p95"));
    assertThat(ordered).isSorted();
    assertThat(number(result, "median")).isEqualTo(number(p, "p50"));
    assertThat(number(result, "standardError")).isPositive().isLessThan(number(result, "stdDev"));
    assertThat(number(result, "probabilityAbovePrice")).isBetween(0.0, 1.0);
    long binned = result.getJsonArray("histogram").stream()
        .mapToLong(bin -> bin.asJsonObject().getJsonNumber("count").longValue()).sum();
    assertThat(binned + result.getJsonNumber("belowHistogram").longValue()
        + result.getJsonNumber("aboveHistogram").longValue()).isEqualTo(result.getJsonNumber("validPaths").longValue());

    String runId = result.getString("runId");
    ApiResponse run = admin.get("/api/v1/valuations/" + runId);
    assertThat(run.status()).as("%s", run).isEqualTo(200);
    assertThat(run.json().getString("kind")).isEqualTo("MONTE_CARLO_DCF");
    assertThat(run.json().getString("name")).isEqualTo("MC IT");
    assertThat(number(run.json().getJsonObject("result"), "mean")).isEqualTo(number(result, "mean"));
    assertThat(run.json().getJsonObject("inputs").getInt("seed")).isEqualTo(7);
    JsonObject listed = admin.get("/api/v1/valuations?kind=MONTE_CARLO_DCF&page=0&size=5").json();
    assertThat(listed.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("id")))
        .contains(runId);
  }

  @Test
  void theSameSeedGivesTheSameResult() throws InterruptedException {
    JsonObject first = awaitFinal(submit(request(50_000, 10, 11).build())).getJsonObject("result");
    JsonObject second = awaitFinal(submit(request(50_000, 10, 11).build())).getJsonObject("result");

    assertThat(second.getString("runId")).isNotEqualTo(first.getString("runId"));
    assertThat(number(second, "mean")).isEqualTo(number(first, "mean"));
    assertThat(second.getJsonObject("percentiles")).isEqualTo(first.getJsonObject("percentiles"));
    assertThat(second.getJsonArray("histogram")).isEqualTo(first.getJsonArray("histogram"));
  }

  @Test
  void aCancelledJobStopsAsCancelled() throws InterruptedException {
    String jobPath = submit(request(5_000_000, 50, 3).build());

    ApiResponse cancelled = admin.delete(jobPath);

    assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    JsonObject job = awaitFinal(jobPath);
    assertThat(job.getString("status")).isEqualTo("CANCELLED");
    assertThat(job.get("result")).isEqualTo(JsonValue.NULL);
    // Cancelling a finished job leaves it as it was.
    assertThat(admin.delete(jobPath).json().getString("status")).isEqualTo("CANCELLED");
  }

  @Test
  void unknownJobsAre404() {
    assertProblem(admin.get("/api/v1/jobs/" + UUID.randomUUID()), 404);
    assertProblem(admin.get("/api/v1/jobs/not-a-uuid"), 404);
    assertProblem(admin.delete("/api/v1/jobs/" + UUID.randomUUID()), 404);
  }

  @Test
  void badRequestsAre400NamingTheField() {
    JsonObject negative = assertRejects(admin.post(MONTE_CARLO, request(1000, 10, 1)
        .add("distributions", Json.createObjectBuilder().add("revenueGrowth", Json.createObjectBuilder()
            .add("type", "NORMAL").add("mean", 0.05).add("stdDev", -0.01))).add("correlationGrowthMargin", 0).build()),
        "distributions.revenueGrowth.stdDev");
    assertThat(fields(negative)).containsExactly("distributions.revenueGrowth.stdDev");
    JsonObject noSeed = assertRejects(admin.post(MONTE_CARLO, request(1000, 10, 1).remove("seed").build()), "seed");
    assertThat(fields(noSeed)).containsExactly("seed");
    assertRejects(admin.post(MONTE_CARLO, request(50_000_000, 10, 1).build()), "paths");
    assertRejects(admin.post(MONTE_CARLO, request(1000, 10, 1).add("base", base(10).add("terminal",
        Json.createObjectBuilder().add("method", "GORDON").add("growth", 0.2))).build()), "base.terminal.growth");
  }

  /** One million paths of a ten-year projection through the API; the time is logged for the closing note. */
  @Test
  void oneMillionPathsEndToEnd() throws InterruptedException {
    awaitFinal(submit(request(200_000, 10, 1).build())); // warm the path once
    long start = System.nanoTime();
    String jobPath = submit(request(1_000_000, 10, 2024).build());
    JsonObject job = awaitFinal(jobPath, Duration.ofMillis(5));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(job.getString("status")).as("%s", job).isEqualTo("SUCCEEDED");
    assertThat(job.getJsonObject("result").getJsonNumber("paths").longValue()).isEqualTo(1_000_000);
    LOG.info(() -> "Monte Carlo DCF, 1,000,000 paths end to end (submit → SUCCEEDED): " + millis + " ms");
  }

  private String submit(JsonObject request) {
    ApiResponse accepted = admin.post(MONTE_CARLO, request);
    assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
    return URI.create(accepted.location()).getPath();
  }

  private JsonObject awaitFinal(String jobPath) throws InterruptedException {
    return awaitFinal(jobPath, Duration.ofMillis(50));
  }

  private JsonObject awaitFinal(String jobPath, Duration pollEvery) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      ApiResponse response = admin.get(jobPath);
      assertThat(response.status()).as("%s", response).isEqualTo(200);
      JsonObject job = response.json();
      double progress = number(job, "progress");
      assertThat(progress).isBetween(0.0, 1.0);
      if (List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(job.getString("status"))
          || System.nanoTime() > deadline) {
        return job;
      }
      Thread.sleep(pollEvery.toMillis());
    }
  }

  /** All four inputs uncertain, growth and margin correlated; price 10. */
  static JsonObjectBuilder request(int paths, int years, long seed) {
    return Json.createObjectBuilder()
        .add("base", base(years))
        .add("distributions", Json.createObjectBuilder()
            .add("revenueGrowth", Json.createObjectBuilder().add("type", "NORMAL").add("mean", 0.06).add("stdDev", 0.02))
            .add("ebitMargin", Json.createObjectBuilder().add("type", "TRIANGULAR").add("min", 0.10).add("mode", 0.15)
                .add("max", 0.19))
            .add("discountRate", Json.createObjectBuilder().add("type", "LOGNORMAL").add("mean", 0.09).add("stdDev", 0.01))
            .add("terminalGrowth", Json.createObjectBuilder().add("type", "UNIFORM").add("min", 0.015).add("max", 0.03)))
        .add("correlationGrowthMargin", 0.5)
        .add("paths", paths)
        .add("seed", seed)
        .add("price", 10);
  }

  static JsonObjectBuilder base(int years) {
    return Json.createObjectBuilder()
        .add("projection", Json.createObjectBuilder().add("baseRevenue", 1000).add("years", years)
            .add("revenueGrowth", 0.06).add("ebitMargin", 0.15).add("taxRate", 0.25).add("salesToCapital", 2.0))
        .add("discountRate", 0.09)
        .add("terminal", Json.createObjectBuilder().add("method", "GORDON").add("growth", 0.025))
        .add("netDebt", 150)
        .add("sharesOutstanding", 100);
  }

  private static double number(JsonObject object, String name) {
    return object.getJsonNumber(name).doubleValue();
  }
}
