package com.valorivx.system.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import com.valorivx.system.support.SystemUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Traceability: every response of both applications carries {@code X-Request-ID} (the caller's own
 * when valid), and the server log is JSON lines with one access line per API call naming its
 * request id, tenant and user, and never a password or a token.
 */
class TraceabilityIT {

  private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void aValidIncomingRequestIdIsEchoedAndAnyOtherReplaced() {
    ApiClient anonymous = ApiClient.anonymous();
    assertThat(anonymous.withHeader("X-Request-ID", "trace-it:1.a_b-C").get("/api/v1/valuations")
        .header("X-Request-ID")).contains("trace-it:1.a_b-C");
    // too long, or characters outside [A-Za-z0-9._:-]: a new id instead
    assertThat(anonymous.withHeader("X-Request-ID", "x".repeat(129)).get("/api/v1/valuations").header("X-Request-ID"))
        .hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
    assertThat(anonymous.withHeader("X-Request-ID", "bad id<script>").get("/api/v1/valuations").header("X-Request-ID"))
        .hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
    // none given: a new one, different each time
    String one = anonymous.get("/api/v1/valuations").header("X-Request-ID").orElseThrow();
    String two = anonymous.get("/api/v1/valuations").header("X-Request-ID").orElseThrow();
    assertThat(one).matches(UUID_PATTERN).isNotEqualTo(two);
  }

  @Test
  void theScreensCarryTheHeaderToo() throws Exception {
    HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(SystemUnderTest.uri("/login.xhtml"))
        .header("X-Request-ID", "trace-it-screen").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().firstValue("X-Request-ID")).contains("trace-it-screen");
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(SystemUnderTest.uri("/index.xhtml"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.headers().firstValue("X-Request-ID")).hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
  }

  @Test
  void theServerLogIsJsonLinesWithTheAccessLineAndNoSecrets() throws Exception {
    Optional<Path> log = SystemUnderTest.serverLog();
    assumeTrue(log.isPresent(), "valor.it.serverLog not set (instance not started by the harness)");
    ApiResponse signIn = ApiClient.anonymous().requestToken(SystemUnderTest.ADMIN_USERNAME, SystemUnderTest.adminPassword());
    assertThat(signIn.status()).isEqualTo(200);
    String accessToken = signIn.json().getString("accessToken");
    String refreshToken = signIn.json().getString("refreshToken");
    String tenant = tenantOf(accessToken);
    String requestId = "trace-it-" + UUID.randomUUID();
    ApiResponse call = ApiClient.anonymous().withToken(accessToken).withHeader("X-Request-ID", requestId)
        .get("/api/v1/valuations?size=1");
    assertThat(call.status()).isEqualTo(200);

    JsonObject access = awaitAccessLine(log.get(), requestId);
    assertThat(access.getString("method")).isEqualTo("GET");
    assertThat(access.getString("path")).isEqualTo("/api/v1/valuations");
    assertThat(access.getInt("status")).isEqualTo(200);
    assertThat(access.getString("tenant")).isEqualTo(tenant);
    assertThat(access.getString("user")).isEqualTo(SystemUnderTest.ADMIN_USERNAME);
    assertThat(access.getJsonNumber("durationMs").longValue()).isNotNegative();

    String text = Files.readString(log.get(), StandardCharsets.UTF_8);
    List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      try (var reader = Json.createReader(new StringReader(line))) {
        assertThat(reader.readValue().getValueType()).as(line).isEqualTo(JsonValue.ValueType.OBJECT);
      } catch (JsonParsingException e) {
        fail("not a JSON line of server.log: " + line, e);
      }
    }
    assertThat(text).doesNotContain(SystemUnderTest.adminPassword()).doesNotContain(accessToken)
        .doesNotContain(refreshToken);
  }

  /** A screen request gets its access line too; the scripts and styles a page loads get none. */
  @Test
  void theScreensWriteAccessLines() throws Exception {
    Optional<Path> log = SystemUnderTest.serverLog();
    assumeTrue(log.isPresent(), "valor.it.serverLog not set (instance not started by the harness)");
    String requestId = "trace-it-screen-" + UUID.randomUUID();
    HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(SystemUnderTest.uri("/login.xhtml"))
        .header("X-Request-ID", requestId).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);

    JsonObject access = awaitAccessLine(log.get(), requestId);
    assertThat(access.getString("method")).isEqualTo("GET");
    assertThat(access.getString("path")).isEqualTo("/login.xhtml");
    assertThat(access.getInt("status")).isEqualTo(200);
    assertThat(access.isNull("user")).as("nobody is signed in").isTrue();

    Matcher script = Pattern.compile("src=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]*)\"").matcher(login.body());
    assertThat(script.find()).as("the login page loads a Faces script").isTrue();
    String resourceId = "trace-it-resource-" + UUID.randomUUID();
    HttpResponse<String> resource = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        SystemUnderTest.uri(script.group(1).replace("&amp;", "&"))).header("X-Request-ID", resourceId).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(resource.statusCode()).isEqualTo(200);
    String afterId = "trace-it-after-" + UUID.randomUUID();
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(SystemUnderTest.uri("/login.xhtml"))
        .header("X-Request-ID", afterId).GET().build(), HttpResponse.BodyHandlers.ofString());
    awaitAccessLine(log.get(), afterId); // written after the resource's request had ended
    assertThat(Files.readString(log.get(), StandardCharsets.UTF_8)).doesNotContain(resourceId);
  }

  /** The access line of the call with {@code requestId}; the log is written a moment after the answer. */
  private static JsonObject awaitAccessLine(Path log, String requestId) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 50; attempt++) {
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        if (line.contains(requestId)) {
          JsonObject record = Json.createReader(new StringReader(line)).readObject();
          String message = record.getString("LogMessage", record.getString("message", ""));
          if (message.contains("\"type\":\"access\"")) {
            return Json.createReader(new StringReader(message)).readObject();
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no access line with request id " + requestId + " in " + log);
  }

  private static String tenantOf(String accessToken) {
    String payload = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(payload)).readObject().getString("tenant");
  }

}
