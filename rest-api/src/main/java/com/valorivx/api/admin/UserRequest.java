package com.valorivx.api.admin;

/** Body of {@code POST /api/v1/admin/users}; {@code tenantId} may be left out for the caller's tenant. */
public record UserRequest(String username, String password, String role, String tenantId) {
}
