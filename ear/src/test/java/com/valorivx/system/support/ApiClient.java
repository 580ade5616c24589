package com.valorivx.system.support;

import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A small, immutable client for the REST API of the system under test, over
 * {@link java.net.http.HttpClient}: JSON in, {@link ApiResponse} out, with an optional bearer token.
 *
 * <pre>{@code
 * ApiClient admin = ApiClient.asAdmin();
 * ApiResponse created = admin.post("/api/v1/valuations/dcf", """
 *     {"freeCashFlows": [100, 110, 120], "discountRate": 0.1,
 *      "terminal": {"method": "GORDON", "growth": 0.02}, "netDebt": 0, "sharesOutstanding": 10}
 *     """);
 * assertThat(created.status()).as("%s", created).isEqualTo(201);
 * ApiResponse run = admin.get(created.location());
 * ApiResponse csv = admin.withHeader("Accept", "text/csv").get("/api/v1/admin/audit/export");
 * }</pre>
 *
 * Redirects are not followed (a test sees the 30x itself); paths are relative to
 * {@link SystemUnderTest#baseUrl()} unless absolute.
 */
public final class ApiClient {

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  private static final String JSON = "application/json";

  private final String accessToken;
  private final Map<String, String> headers;

  private ApiClient(String accessToken, Map<String, String> headers) {
    this.accessToken = accessToken;
    this.headers = Map.copyOf(headers);
  }

  /** A client without a token, for the public endpoints (token, refresh, billing webhook). */
  public static ApiClient anonymous() {
    return new ApiClient(null, Map.of());
  }

  /** A client carrying an access token of the user {@code admin} (roles admin and operator). */
  public static ApiClient asAdmin() {
    ApiClient anonymous = anonymous();
    return anonymous.withToken(anonymous.login(SystemUnderTest.ADMIN_USERNAME, SystemUnderTest.adminPassword()));
  }

  /** A client as {@code username}. */
  public static ApiClient as(String username, String password) {
    ApiClient anonymous = anonymous();
    return anonymous.withToken(anonymous.login(username, password));
  }

  /** The same client sending {@code Authorization: Bearer <accessToken>}. */
  public ApiClient withToken(String accessToken) {
    return new ApiClient(Objects.requireNonNull(accessToken, "accessToken"), headers);
  }

  /** The same client without a token. */
  public ApiClient withoutToken() {
    return new ApiClient(null, headers);
  }

  /** The same client sending one more header on every request (e.g. {@code Accept: text/csv}). */
  public ApiClient withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ApiClient(accessToken, more);
  }

  /** The access token this client sends, or {@code null}. */
  public String accessToken() {
    return accessToken;
  }

  /**
   * {@code POST /api/v1/auth/token {"username","password"}} and returns the {@code accessToken};
   * fails the test (showing the answer) unless the answer is 200 with a token.
   */
  public String login(String username, String password) {
    ApiResponse response = requestToken(username, password);
    if (response.status() != 200) {
      throw new AssertionError("login as " + username + " failed: " + response);
    }
    return response.json().getString("accessToken");
  }

  /** The raw answer of {@code POST /api/v1/auth/token}, for tests of the login itself. */
  public ApiResponse requestToken(String username, String password) {
    var body = jakarta.json.Json.createObjectBuilder()
        .add("username", username)
        .add("password", password)
        .build();
    return post("/api/v1/auth/token", body);
  }

  public ApiResponse get(String path) {
    return send("GET", path, null, null);
  }

  public ApiResponse delete(String path) {
    return send("DELETE", path, null, null);
  }

  /** POST without a body. */
  public ApiResponse post(String path) {
    return send("POST", path, null, null);
  }

  public ApiResponse post(String path, String json) {
    return send("POST", path, JSON, json);
  }

  public ApiResponse post(String path, JsonStructure json) {
    return send("POST", path, JSON, json.toString());
  }

  public ApiResponse put(String path, String json) {
    return send("PUT", path, JSON, json);
  }

  public ApiResponse put(String path, JsonStructure json) {
    return send("PUT", path, JSON, json.toString());
  }

  /**
   * Any request. {@code body} is sent as UTF-8 exactly as given (a webhook signature is computed
   * over these bytes) with {@code contentType}; {@code null} body sends none.
   */
  public ApiResponse send(String method, String path, String contentType, String body) {
    URI uri = SystemUnderTest.uri(path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(REQUEST_TIMEOUT)
        .method(method, body == null
            ? BodyPublishers.noBody()
            : BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null && contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    headers.forEach(request::header);
    try {
      var response = HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new ApiResponse(method, uri.toString(), response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + uri + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + uri + " interrupted", e);
    }
  }
}
