package com.valorivx.api.admin;

/** {@code PUT /api/v1/admin/tenants/{id}/plan} body: the plan code. */
public record PlanAssignmentRequest(String plan) {
}
