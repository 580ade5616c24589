package com.valorivx.api.admin;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.PathIds;
import com.valorivx.api.error.Problem;
import com.valorivx.governance.Plan;
import com.valorivx.governance.PlanService;
import com.valorivx.governance.Role;
import com.valorivx.valuation.RecordNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant's plan (API.md "Administration"). A class of its own at the full path: under
 * {@code /admin} it would lose the match to the tenants resource at {@code /admin/tenants}.
 */
@Path("/admin/tenants/{id}/plan")
@RequestScoped
@Tag(name = "admin", description = "Tenants, plans and billing administration")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class TenantPlanResource {

  @Inject
  PlanService plans;

  @Inject
  CurrentCaller caller;

  @PUT
  @RolesAllowed({Role.ADMIN, Role.OPERATOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a tenant's plan", description = "Operators only (a tenant's admin gets 403 for its own tenant). Limits, features and rate "
      + "limits of the new plan apply to the tenant's next call; this month's usage carries over.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "PlanAssignmentRequest")))
  @APIResponse(responseCode = "200", description = "The tenant is on the plan",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PlanAssignment")))
  @APIResponse(responseCode = "400", description = "plan is not a plan code",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "No such tenant (another tenant named by an admin is not found either)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public PlanAssignmentResponse assign(@PathParam("id") String id, PlanAssignmentRequest request) {
    UUID tenant = PathIds.uuid(id).orElseThrow(() -> new RecordNotFoundException("No tenant " + id + "."));
    Plan plan = plans.assign(caller.get(), tenant, required(request).plan());
    return new PlanAssignmentResponse(tenant.toString(), plan.code());
  }
}
