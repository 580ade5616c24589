package com.valorivx.api.job;

import com.valorivx.job.JobView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/**
 * A job as {@code GET /api/v1/jobs/{id}} shows it: {@code result} is a JSON object once SUCCEEDED
 * (null before), {@code error} a sentence once FAILED; {@code progress} is in [0, 1].
 */
@JsonbNillable
public record JobResponse(UUID id, String kind, String status, double progress, JsonObject result, String error,
    Instant createdAt, Instant startedAt, Instant finishedAt) {

  public static JobResponse of(JobView job) {
    return new JobResponse(job.id(), job.kind(), job.status().name(), job.progress(), parse(job.resultJson()),
        job.error(), job.createdAt(), job.startedAt(), job.finishedAt());
  }

  private static JsonObject parse(String json) {
    if (json == null) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
