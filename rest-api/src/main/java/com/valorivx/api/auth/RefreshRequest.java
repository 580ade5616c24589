package com.valorivx.api.auth;

/** Body of {@code POST /api/v1/auth/refresh}: a refresh token, which works once. */
public record RefreshRequest(String refreshToken) {
}
