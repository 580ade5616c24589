package com.valorivx.api.scenario;

import jakarta.json.JsonObject;

/** Body of {@code POST /api/v1/scenarios}: a name, the model's kind and its request as {@code inputs}. */
public record ScenarioRequest(String name, String kind, JsonObject inputs) {
}
