package com.valorivx.api.valuation;

import com.valorivx.valuation.StoredRun;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored run as {@code GET /api/v1/valuations/{id}} shows it: the request as it was sent
 * ({@code inputs}) and the answer it got ({@code result}), both as JSON objects, with the engine
 * version that produced the answer. {@code name} and {@code ticker} are null when not given.
 */
@JsonbNillable
public record RunResponse(UUID id, String kind, String name, String ticker, Instant createdAt, String createdBy,
    String engineVersion, JsonObject inputs, JsonObject result) {

  static RunResponse of(StoredRun run) {
    return new RunResponse(run.id(), run.kind().name(), run.name(), run.ticker(), run.createdAt(), run.createdBy(),
        run.engineVersion(), parse(run.inputsJson()), parse(run.resultJson()));
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
