package com.valorivx.api.admin;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.PathIds;
import com.valorivx.api.error.Problem;
import com.valorivx.governance.Plan;
import com.valorivx.governance.PlanService;
import com.valorivx.governance.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Plan definitions and a tenant's plan (API.md "Administration"). */
@Path("/admin")
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
  @Path("/plans")
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

  @PUT
  @Path("/tenants/{id}/plan")
  @RolesAllowed(Role.OPERATOR)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a tenant's plan", description = "Operators only. Limits, features and rate "
      + "limits of the new plan apply to the tenant's next call; this month's usage carries over.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "PlanAssignmentRequest")))
  @APIResponse(responseCode = "200", description = "The tenant is on the plan",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PlanAssignment")))
  @APIResponse(responseCode = "400", description = "plan is not a plan code",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "No such tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public PlanAssignmentResponse assign(@PathParam("id") String id, PlanAssignmentRequest request) {
    UUID tenant = PathIds.uuid(id).orElseThrow(() -> new NotFoundException("no tenant " + id));
    Plan plan = plans.assign(caller.get(), tenant, required(request).plan());
    return new PlanAssignmentResponse(tenant.toString(), plan.code());
  }
}
