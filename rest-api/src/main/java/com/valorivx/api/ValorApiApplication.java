package com.valorivx.api;

import com.valorivx.governance.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API v1 at {@code /api/v1}. Callers authenticate with {@code Authorization: Bearer <JWT>}
 * verified by MicroProfile JWT; the class must be {@code @ApplicationScoped} as well, else the
 * container cannot inject the {@code JsonWebToken} (WELD-001408).
 */
@ApplicationScoped
@ApplicationPath("/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Role.ADMIN, Role.ANALYST, Role.VIEWER, Role.OPERATOR})
@OpenAPIDefinition(
    info = @Info(title = "Valor IVX API", version = "1",
        description = "Valuation models over REST. Rates are decimals (0.08 = 8 %); errors are "
            + "application/problem+json (RFC 9457)."))
@SecurityScheme(securitySchemeName = ValorApiApplication.BEARER, type = SecuritySchemeType.HTTP,
    scheme = "bearer", bearerFormat = "JWT",
    description = "An access token from POST /api/v1/auth/token")
public class ValorApiApplication extends Application {

  /** Name of the OpenAPI security scheme that protected operations refer to. */
  public static final String BEARER = "bearer";

  /**
   * Jersey's switch that keeps a relative {@code Location} as given: API.md promises
   * {@code Location: /api/v1/valuations/{id}}, not an absolute URL built from the Host header.
   */
  static final String KEEP_RELATIVE_LOCATION = "jersey.config.server.headers.location.relative.resolution.disabled";

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(KEEP_RELATIVE_LOCATION, true);
  }
}
