package com.valorivx.api.admin;

/** Body of {@code POST /api/v1/admin/tenants}. */
public record TenantRequest(String name, String plan) {
}
