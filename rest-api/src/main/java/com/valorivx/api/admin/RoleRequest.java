package com.valorivx.api.admin;

/** Body of {@code PUT /api/v1/admin/users/{id}/role}. */
public record RoleRequest(String role) {
}
