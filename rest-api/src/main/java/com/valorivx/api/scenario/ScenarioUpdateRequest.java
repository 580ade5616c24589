package com.valorivx.api.scenario;

import jakarta.json.JsonObject;

/**
 * Body of {@code PUT /api/v1/scenarios/{id}}: the version that was edited, and a new name and/or
 * new inputs (an absent one is kept).
 */
public record ScenarioUpdateRequest(String name, JsonObject inputs, Long version) {
}
