package com.valorivx.api.scenario;

/** Body of {@code POST /api/v1/scenarios/{id}/duplicate}: the copy's name. */
public record DuplicateRequest(String name) {
}
