package com.valorivx.api.auth;

import com.valorivx.api.error.Problem;
import com.valorivx.engine.common.Checks;
import com.valorivx.governance.AuthService;
import com.valorivx.governance.ClientAddresses;
import com.valorivx.governance.TokenPair;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Hands out tokens: a password for a pair, or a refresh token for a new pair; signs out. No token
 * needed. Sign-ins are throttled by username and by client address (the connection's peer; a
 * proxy's {@code X-Forwarded-For} only when that proxy is configured as trusted).
 */
@Path("/auth")
@PermitAll
@RequestScoped
@Tag(name = "auth", description = "Access and refresh tokens")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject
  AuthService auth;

  @Inject
  ClientAddresses clientAddresses;

  @Context
  HttpServletRequest http;

  @POST
  @Path("/token")
  @Operation(summary = "Sign in", description = "Trades a username and password for an access token "
      + "(30 minutes) and a refresh token (7 days, works once).")
  @APIResponse(responseCode = "200", description = "Signed in",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TokenPair")))
  @APIResponse(responseCode = "400", description = "username or password missing",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", description = "Credentials not accepted (the same answer whether the "
      + "username or the password was wrong)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "429", description = "Too many failed sign-ins for this username or from this "
      + "address: refused, even with the right password, until the lock ends",
      headers = @Header(name = "Retry-After", description = "Seconds until the lock ends"),
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response token(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "TokenRequest"))) TokenRequest request) {
    Checks.start()
        .require(request != null && request.username() != null, "username", "is required")
        .require(request != null && request.password() != null, "password", "is required")
        .throwIfAny();
    String client = clientAddresses.resolve(http.getRemoteAddr(), http.getHeader("X-Forwarded-For"));
    return tokens(auth.issueTokens(request.username(), request.password(), client));
  }

  @POST
  @Path("/refresh")
  @Operation(summary = "Refresh", description = "Trades a refresh token for a new pair; the old refresh "
      + "token stops working.")
  @APIResponse(responseCode = "200", description = "New tokens",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TokenPair")))
  @APIResponse(responseCode = "400", description = "refreshToken missing",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", description = "Refresh token unknown, used or expired",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response refresh(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "RefreshRequest"))) RefreshRequest request) {
    Checks.start()
        .require(request != null && request.refreshToken() != null, "refreshToken", "is required")
        .throwIfAny();
    return tokens(auth.refresh(request.refreshToken()));
  }

  @POST
  @Path("/logout")
  @Operation(summary = "Sign out", description = "Revokes the refresh token and every token refreshed from the "
      + "same sign-in. Answers 204 whether or not the token was known.")
  @APIResponse(responseCode = "204", description = "Signed out")
  @APIResponse(responseCode = "400", description = "refreshToken missing",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response logout(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "RefreshRequest"))) RefreshRequest request) {
    Checks.start()
        .require(request != null && request.refreshToken() != null, "refreshToken", "is required")
        .throwIfAny();
    auth.logout(request.refreshToken());
    return Response.noContent().build();
  }

  /** Tokens must not be cached by anything between here and the caller (RFC 6749 §5.1). */
  private static Response tokens(TokenPair pair) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(pair).cacheControl(noStore).build();
  }
}
