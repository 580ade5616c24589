package com.valorivx.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.ApiResponse;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;

/** Assertions on RFC 9457 answers ({@code application/problem+json}). */
final class Problems {

  private Problems() {
  }

  /** Asserts a problem document with {@code status} in both the HTTP status and the body; returns it. */
  static JsonObject assertProblem(ApiResponse response, int status) {
    assertThat(response.status()).as("%s", response).isEqualTo(status);
    assertThat(response.contentType()).as("%s", response).isEqualTo("application/problem+json");
    JsonObject problem = response.json();
    assertThat(problem.getInt("status")).as("%s", response).isEqualTo(status);
    assertThat(problem.getString("title", "")).as("title in %s", response).isNotBlank();
    assertThat(problem.getString("type", "")).as("type in %s", response).isNotBlank();
    assertThat(problem.getString("detail", "")).as("detail in %s", response).isNotBlank();
    assertThat(response.body()).as("no stack trace in %s", response).doesNotContain("\tat ", "Exception:");
    return problem;
  }

  /** Asserts a 400 whose {@code errors} name {@code field}; returns the problem. */
  static JsonObject assertRejects(ApiResponse response, String field) {
    JsonObject problem = assertProblem(response, 400);
    assertThat(fields(problem)).as("fields named in %s", response).contains(field);
    return problem;
  }

  /** The {@code field} of every entry of {@code errors}; empty when there are none. */
  static List<String> fields(JsonObject problem) {
    if (!problem.containsKey("errors")) {
      return List.of();
    }
    return problem.getJsonArray("errors").stream()
        .map(error -> error.asJsonObject().get("field"))
        .map(field -> ((JsonString) field).getString())
        .toList();
  }
}
