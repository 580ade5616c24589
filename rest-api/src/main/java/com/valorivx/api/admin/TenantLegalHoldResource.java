package com.valorivx.api.admin;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.PathIds;
import com.valorivx.api.error.Problem;
import com.valorivx.audit.AuditService;
import com.valorivx.audit.LegalHoldView;
import com.valorivx.governance.Role;
import com.valorivx.valuation.RecordNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** The legal hold of a whole tenant: while it is on, retention purges nothing of the tenant's trail. */
@Path("/admin/tenants/{id}/legal-hold")
@RequestScoped
@Tag(name = "audit")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class TenantLegalHoldResource {

  @Inject
  AuditService audit;

  @Inject
  CurrentCaller caller;

  @GET
  @RolesAllowed({Role.ADMIN, Role.OPERATOR})
  @Operation(summary = "Read a tenant's legal hold")
  @APIResponse(responseCode = "200", description = "The hold",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LegalHold")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "403", description = "Not the tenant's admin, nor an operator",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "No such tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public LegalHoldView find(@PathParam("id") String id) {
    return audit.tenantHold(caller.get(), tenant(id).toString());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN, Role.OPERATOR})
  @Operation(summary = "Set or release a tenant's legal hold", description = "Operators for any tenant, a tenant's "
      + "admin for its own. Setting and releasing are audited.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "LegalHoldRequest")))
  @APIResponse(responseCode = "200", description = "The hold as it now stands",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LegalHold")))
  @APIResponse(responseCode = "400", description = "enabled missing, or reason missing when setting",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "403", description = "Not the tenant's admin, nor an operator",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "No such tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public LegalHoldView set(@PathParam("id") String id, LegalHoldRequest request) {
    LegalHoldRequest body = request == null ? new LegalHoldRequest(null, null) : request;
    return audit.setTenantHold(caller.get(), tenant(id), body.enabled(), body.reason());
  }

  private static UUID tenant(String id) {
    return PathIds.uuid(id).orElseThrow(() -> new RecordNotFoundException("No tenant " + id + "."));
  }
}
