package com.valorivx.api.scenario;

import com.valorivx.valuation.ScenarioView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/** A stored scenario; {@code version} is what an edit must send back. */
public record ScenarioResponse(UUID id, String kind, String name, long version, JsonObject inputs, String createdBy,
    Instant createdAt, String updatedBy, Instant updatedAt) {

  static ScenarioResponse of(ScenarioView s) {
    try (JsonReader reader = Json.createReader(new StringReader(s.inputsJson()))) {
      return new ScenarioResponse(s.id(), s.kind().name(), s.name(), s.version(), reader.readObject(), s.createdBy(),
          s.createdAt(), s.updatedBy(), s.updatedAt());
    }
  }
}
