package com.valorivx.api.admin;

/** Body of {@code POST /api/v1/admin/users/{id}/reset-password}. */
public record PasswordRequest(String password) {
}
