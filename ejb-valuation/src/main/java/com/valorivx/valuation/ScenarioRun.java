package com.valorivx.valuation;

import java.util.UUID;

/** A run made from a scenario: the stored run's id and its result as the model's endpoint answered it. */
public record ScenarioRun(UUID runId, RunKind kind, String resultJson) {
}
