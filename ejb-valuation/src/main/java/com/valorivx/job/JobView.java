package com.valorivx.job;

import java.time.Instant;
import java.util.UUID;

/**
 * A job as the boundaries see it: the result is a JSON document (null until SUCCEEDED), the error a
 * sentence (null unless FAILED); progress is in [0, 1].
 */
public record JobView(UUID id, String kind, JobStatus status, double progress, String resultJson, String error,
    Instant createdAt, Instant startedAt, Instant finishedAt) {
}
