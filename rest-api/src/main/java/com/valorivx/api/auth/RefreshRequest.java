package com.valorivx.api.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/auth/refresh}: a refresh token, which works once. */
@Schema(name = "RefreshRequest", requiredProperties = {"refreshToken"})
public record RefreshRequest(String refreshToken) {
}
