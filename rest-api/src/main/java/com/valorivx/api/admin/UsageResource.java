package com.valorivx.api.admin;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.governance.QuotaService;
import com.valorivx.governance.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's tenant: its plan, effective limits and this month's usage. */
@Path("/usage")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.VIEWER, Role.OPERATOR})
@Tag(name = "admin", description = "Tenants, plans and billing administration")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

  @Inject
  QuotaService quotas;

  @Inject
  CurrentCaller caller;

  @GET
  @Operation(summary = "Plan and usage", description = "The caller's tenant: plan code, effective limits, "
      + "features, and usage in the current calendar month (UTC).")
  @APIResponse(responseCode = "200", description = "Plan, limits and usage",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Usage")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public UsageResponse usage() {
    return UsageResponse.of(quotas.usage(caller.get()));
  }
}
