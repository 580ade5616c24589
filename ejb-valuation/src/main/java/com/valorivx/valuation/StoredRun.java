package com.valorivx.valuation;

import java.time.Instant;
import java.util.UUID;

/** A stored run as the boundaries see it; inputs and result are JSON documents. */
public record StoredRun(UUID id, RunKind kind, String name, String ticker, Instant createdAt, String createdBy,
    String engineVersion, String inputsJson, String resultJson) {
}
