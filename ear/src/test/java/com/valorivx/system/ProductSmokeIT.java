package com.valorivx.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import com.valorivx.system.support.SystemUnderTest;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The product as {@code ./valor start} leaves it: the EAR deployed on Payara Server, answering its
 * operational endpoints, its screens and its API, on the database it was configured with.
 */
class ProductSmokeIT {

  private final ApiClient anonymous = ApiClient.anonymous();

  @Test
  void readinessIsUp() {
    ApiResponse ready = anonymous.get("/health/ready");

    assertThat(ready.status()).as("%s", ready).isEqualTo(200);
    assertThat(ready.json().getString("status")).as("%s", ready).isEqualTo("UP");
  }

  @Test
  void metricsArePrometheusText() {
    ApiResponse metrics = anonymous.get("/metrics");

    assertThat(metrics.status()).as("%s", metrics).isEqualTo(200);
    assertThat(metrics.contentType()).isIn("text/plain", "application/openmetrics-text");
    // Prometheus exposition format: "# TYPE <name> <type>" lines, then "<name>{labels} <value>" samples.
    assertThat(metrics.body())
        .containsPattern("(?m)^# TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (counter|gauge|summary|histogram|untyped)$")
        .containsPattern("(?m)^[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[^}]*\\})? ([-+0-9.eE]+|NaN|[+-]Inf)( -?[0-9]+)?$");
  }

  @Test
  void openApiDescribesTheApi() {
    ApiResponse openapi = anonymous.get("/openapi");

    assertThat(openapi.status()).as("%s", openapi).isEqualTo(200);
    assertThat(openapi.body()).as("%s", openapi)
        .containsPattern("(?m)^openapi: ['\"]?3\\.")
        .contains("/auth/token");
  }

  @Test
  void screensAnswer() throws IOException, InterruptedException {
    // A browser follows the redirect to the sign-in page; so does this client.
    HttpClient browserLike = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
    HttpResponse<String> page = browserLike.send(
        HttpRequest.newBuilder(SystemUnderTest.uri("/")).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());

    String shown = "GET / -> " + page.uri() + " HTTP " + page.statusCode();
    assertThat(page.statusCode()).as(shown).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).as(shown).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html"));
    // Payara's own placeholder page at "/" (no application there) does not name the product.
    assertThat(page.body()).as(shown).containsIgnoringCase("Valor");
  }

  @Test
  void adminSignsInWithThePasswordTheInstanceWasStartedWith() {
    // Exercises the launcher's wiring: VALOR_ADMIN_PASSWORD reaches the application, tokens are
    // signed with the generated private key and verified with the public key (domain config).
    ApiResponse token = anonymous.requestToken(SystemUnderTest.ADMIN_USERNAME, SystemUnderTest.adminPassword());
    assertThat(token.status()).as("%s", token).isEqualTo(200);
    String accessToken = token.json().getString("accessToken");
    assertThat(accessToken.split("\\.")).as("a JWS compact serialization").hasSize(3);

    ApiResponse runs = anonymous.withToken(accessToken).get("/api/v1/valuations?size=1");
    assertThat(runs.status()).as("%s", runs).isEqualTo(200);
  }

  @Test
  void wrongAdminPasswordIsRefused() {
    ApiResponse token = anonymous.requestToken(SystemUnderTest.ADMIN_USERNAME, SystemUnderTest.adminPassword() + "x");

    assertThat(token.status()).as("%s", token).isEqualTo(401);
  }

  @Test
  void theApplicationMigratedTheConfiguredDatabase() throws SQLException {
    // Proves the instance runs on the database it was given (PostgreSQL really is PostgreSQL),
    // not merely that it answers: the schema history is in that very database.
    assumeTrue(SystemUnderTest.jdbcUrl().isPresent(), "valor.it.jdbcUrl not set (instance not started by the harness)");
    String url = SystemUnderTest.jdbcUrl().orElseThrow();
    assertThat(url).startsWith(SystemUnderTest.onPostgresql() ? "jdbc:postgresql:" : "jdbc:h2:");

    try (Connection db = DriverManager.getConnection(url);
         Statement sql = db.createStatement();
         ResultSet rows = sql.executeQuery("select count(*) from \"flyway_schema_history\" where \"success\"")) {
      rows.next();
      assertThat(rows.getInt(1)).as("successful migrations in %s", url).isPositive();
    }
  }
}
