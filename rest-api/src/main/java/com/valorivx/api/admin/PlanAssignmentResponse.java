package com.valorivx.api.admin;

/** The tenant and the plan it is now on. */
public record PlanAssignmentResponse(String tenantId, String plan) {
}
