package com.valorivx.system.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import com.valorivx.system.support.SystemUnderTest;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Restart safety, with a real restart: a VaR job is running (and another tenant's job is QUEUED)
 * when the instance is stopped and started again by the harness ({@code it-instances.sh restart});
 * after the restart both are FAILED with the reason, none is left RUNNING or QUEUED.
 */
class JobRecoveryIT {

  /** A stop and a start of the domain: about 30 s here; generous for a loaded machine. */
  private static final long RESTART_PATIENCE_SECONDS = 420;

  @Test
  void jobsInterruptedByARestartAreFailedWithTheReason() throws Exception {
    assumeTrue(SystemUnderTest.restartCommand().isPresent() && SystemUnderTest.jdbcUrl().isPresent(),
        "valor.it.restart not set (instance not started by the harness)");
    ApiClient admin = ApiClient.asAdmin();
    ApiResponse accepted = admin.post(AnalyticsJobsIT.VAR_JOBS, AnalyticsJobsIT.longVar(5_000_000));
    assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
    String jobPath = URI.create(accepted.location()).getPath();
    awaitRunning(admin, jobPath);
    UUID queued = AnalyticsJobsIT.insertForeignJob(SystemUnderTest.jdbcUrl().orElseThrow(), "QUEUED");

    restart();

    JsonObject job = ApiClient.asAdmin().get(jobPath).json();
    assertThat(job.getString("status")).as("%s", job).isEqualTo("FAILED");
    assertThat(job.getString("error")).isEqualTo("interrupted by a server restart");
    assertThat(statusAndError(queued)).containsExactly("FAILED", "interrupted by a server restart");
  }

  private static void awaitRunning(ApiClient admin, String jobPath) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    JsonObject job = admin.get(jobPath).json();
    while (!(job.getString("status").equals("RUNNING") && job.getJsonNumber("progress").doubleValue() > 0)
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
      job = admin.get(jobPath).json();
    }
    assertThat(job.getString("status")).as("%s", job).isEqualTo("RUNNING");
  }

  private static void restart() throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("bash"));
    command.addAll(SystemUnderTest.restartCommand().orElseThrow());
    String port = String.valueOf(URI.create(SystemUnderTest.baseUrl()).getPort());
    // bash <script> restart <target> <instance>
    File log = new File(command.get(3), "it-restart-" + command.get(4) + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
    builder.environment().put("VALOR_IT_ADMIN_PASSWORD", SystemUnderTest.adminPassword());
    builder.environment().put("VALOR_IT_H2_PORT", port);
    builder.environment().put("VALOR_IT_PG_PORT", port);
    SystemUnderTest.billingWebhookSecret()
        .ifPresent(secret -> builder.environment().put("VALOR_IT_BILLING_WEBHOOK_SECRET", secret));
    Process restart = builder.start();
    boolean done = restart.waitFor(RESTART_PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertThat(done).as("restart finished (see %s)", log).isTrue();
    assertThat(restart.exitValue()).as("restart exit code (see %s)", log).isZero();
  }

  private static List<String> statusAndError(UUID job) throws SQLException {
    try (Connection db = DriverManager.getConnection(SystemUnderTest.jdbcUrl().orElseThrow());
        PreparedStatement query = db.prepareStatement("select status, error from job where id = ?")) {
      query.setObject(1, job);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        return List.of(row.getString(1), row.getString(2));
      }
    }
  }
}
