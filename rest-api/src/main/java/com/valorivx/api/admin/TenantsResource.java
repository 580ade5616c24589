package com.valorivx.api.admin;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.api.valuation.PageRequest;
import com.valorivx.governance.Role;
import com.valorivx.governance.TenantService;
import com.valorivx.governance.TenantView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tenants, for operators (API.md "Administration"). Anyone else gets 403 for its own tenant and 404
 * for any other id, so tenant ids reveal nothing.
 */
@Path("/admin/tenants")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.VIEWER, Role.OPERATOR})
@Tag(name = "admin", description = "Tenants and users")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "Not an operator",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class TenantsResource {

  @Inject
  TenantService tenants;

  @Inject
  CurrentCaller caller;

  @Context
  UriInfo uri;

  @POST
  @Operation(summary = "Create a tenant", description = "An ACTIVE tenant on the named plan (operator).")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "TenantRequest")))
  @APIResponse(responseCode = "201", description = "Created",
      headers = @Header(name = "Location", description = "The tenant"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TenantResponse")))
  @APIResponse(responseCode = "400", description = "name or plan missing; errors name the field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "409", description = "A tenant of that name exists",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response create(TenantRequest request) {
    required(request);
    TenantView tenant = tenants.create(caller.get(), request.name(), request.plan());
    URI location = URI.create(uri.getBaseUriBuilder().path(TenantsResource.class).path(tenant.id().toString())
        .build().getRawPath());
    return Response.created(location).entity(TenantResponse.of(tenant)).build();
  }

  @GET
  @Operation(summary = "List tenants", description = "Every tenant by name, a page at a time (operator).")
  @APIResponse(responseCode = "200", description = "One page",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TenantPageResponse")))
  @APIResponse(responseCode = "400", description = "page or size out of range",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public TenantPageResponse list(@Parameter(ref = "page") @QueryParam("page") String page,
      @Parameter(ref = "size") @QueryParam("size") String size) {
    PageRequest request = PageRequest.parse(page, size);
    return TenantPageResponse.of(tenants.list(caller.get(), request.page(), request.size()));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read a tenant", description = "Operators read any tenant; others only their own.")
  @APIResponse(responseCode = "200", description = "The tenant",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TenantResponse")))
  @APIResponse(responseCode = "404", description = "No such tenant visible to the caller",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public TenantResponse find(@Parameter(description = "Tenant id (UUID)") @PathParam("id") String id) {
    return TenantResponse.of(tenants.find(caller.get(), AdminPaths.pathId(id, "tenant")));
  }

  @POST
  @Path("/{id}/suspend")
  @Operation(summary = "Suspend a tenant", description = "Its users can no longer sign in or refresh; their "
      + "refresh tokens are revoked and their access tokens refused from the next call (operator).")
  @APIResponse(responseCode = "200", description = "Suspended",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TenantResponse")))
  @APIResponse(responseCode = "404", description = "No such tenant visible to the caller",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "409", description = "The caller's own tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public TenantResponse suspend(@Parameter(description = "Tenant id (UUID)") @PathParam("id") String id) {
    return TenantResponse.of(tenants.suspend(caller.get(), AdminPaths.pathId(id, "tenant")));
  }

  @POST
  @Path("/{id}/reactivate")
  @Operation(summary = "Reactivate a tenant", description = "Its users can sign in again (operator).")
  @APIResponse(responseCode = "200", description = "Active",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TenantResponse")))
  @APIResponse(responseCode = "404", description = "No such tenant visible to the caller",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public TenantResponse reactivate(@Parameter(description = "Tenant id (UUID)") @PathParam("id") String id) {
    return TenantResponse.of(tenants.reactivate(caller.get(), AdminPaths.pathId(id, "tenant")));
  }
}
