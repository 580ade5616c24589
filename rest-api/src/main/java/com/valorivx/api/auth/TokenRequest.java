package com.valorivx.api.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/auth/token}. */
@Schema(name = "TokenRequest", requiredProperties = {"username", "password"})
public record TokenRequest(String username, @Schema(format = "password") String password) {
}
