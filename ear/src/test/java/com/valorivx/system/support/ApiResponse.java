package com.valorivx.system.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * One HTTP answer of the system under test: status, headers and the body as text.
 *
 * <p>{@link #toString()} shows the status and the start of the body, so that
 * {@code assertThat(response.status()).as("%s", response).isEqualTo(201)} explains a failure.
 */
public record ApiResponse(String method, String uri, int status, HttpHeaders headers, String body) {

  /** The first value of a header (names are case-insensitive). */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** The media type without parameters, e.g. {@code application/problem+json}; empty string if none. */
  public String contentType() {
    return header("Content-Type").map(v -> v.split(";", 2)[0].strip()).orElse("");
  }

  /** The {@code Location} header; fails when there is none. */
  public String location() {
    return header("Location").orElseThrow(() -> new AssertionError("no Location header in " + this));
  }

  /** The body parsed as a JSON object; fails (showing the body) when it is not one. */
  public JsonObject json() {
    JsonValue value = jsonValue();
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new AssertionError("expected a JSON object in " + this);
    }
    return value.asJsonObject();
  }

  /** The body parsed as a JSON array; fails (showing the body) when it is not one. */
  public JsonArray jsonArray() {
    JsonValue value = jsonValue();
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new AssertionError("expected a JSON array in " + this);
    }
    return value.asJsonArray();
  }

  /** The body parsed as any JSON value. */
  public JsonValue jsonValue() {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (JsonException e) {
      throw new AssertionError("the body is not JSON (" + e.getMessage() + ") in " + this, e);
    }
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  @Override
  public String toString() {
    String shown = body.length() > 800 ? body.substring(0, 800) + "..." : body;
    return method + " " + uri + " -> HTTP " + status + " " + contentType() + " " + shown;
  }
}
