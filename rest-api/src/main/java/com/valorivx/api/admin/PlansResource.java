package com.valorivx.api.admin;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.governance.PlanService;
import com.valorivx.governance.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Plan definitions (API.md "Administration"). */
@Path("/admin/plans")
@RequestScoped
@Tag(name = "admin", description = "Tenants, plans and billing administration")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

  @Inject
  PlanService plans;

  @Inject
  CurrentCaller caller;

  @GET
  @RolesAllowed({Role.ADMIN, Role.OPERATOR})
  @Operation(summary = "Plan definitions", description = "Every plan with its features, monthly quotas, seats, "
      + "request rate and burst, audit retention and unit prices.")
  @APIResponse(responseCode = "200", description = "The plans, cheapest first",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PlanList")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public List<PlanResponse> plans() {
    return plans.plans().stream().map(PlanResponse::of).toList();
  }
}
