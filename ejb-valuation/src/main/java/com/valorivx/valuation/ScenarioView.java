package com.valorivx.valuation;

import java.time.Instant;
import java.util.UUID;

/** A stored scenario as the boundaries see it; {@code inputsJson} is the model's request as a JSON object. */
public record ScenarioView(UUID id, RunKind kind, String name, String inputsJson, long version, String createdBy,
    Instant createdAt, String updatedBy, Instant updatedAt) {
}
