package com.valorivx.api.admin;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.api.valuation.PageRequest;
import com.valorivx.governance.Role;
import com.valorivx.governance.UserService;
import com.valorivx.governance.UserView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * Users (API.md "Administration"): a tenant's admins manage its users, operators those of any
 * tenant. Ids of users in other tenants answer 404, never 403.
 */
@Path("/admin/users")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.ANALYST, Role.VIEWER, Role.OPERATOR})
@Tag(name = "admin", description = "Tenants and users")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "Neither the tenant's admin nor an operator",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class UsersResource {

  private static final String USER = "user";

  @Inject
  UserService users;

  @Inject
  CurrentCaller caller;

  @Context
  UriInfo uri;

  @POST
  @Operation(summary = "Create a user", description = "An enabled user with one role (viewer, analyst, admin; "
      + "operator only by an operator) in tenantId, or in the caller's tenant when left out. The password must be "
      + "12 to 128 characters with a letter and a digit or symbol, and must not contain the username.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "UserRequest")))
  @APIResponse(responseCode = "201", description = "Created",
      headers = @Header(name = "Location", description = "The user"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserResponse")))
  @APIResponse(responseCode = "400", description = "username, password or role rejected; errors name the field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "tenantId names no tenant visible to the caller",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "409", description = "The username is taken",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response create(UserRequest request) {
    required(request);
    UserView user = users.create(caller.get(), request.username(), request.password(), request.role(),
        AdminPaths.optionalId(request.tenantId(), "tenantId"));
    URI location = URI.create(uri.getBaseUriBuilder().path(UsersResource.class).path(user.id().toString())
        .build().getRawPath());
    return Response.created(location).entity(UserResponse.of(user)).build();
  }

  @GET
  @Operation(summary = "List users", description = "The users of the caller's tenant by username; an operator "
      + "may name another tenant with tenantId.")
  @APIResponse(responseCode = "200", description = "One page",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserPageResponse")))
  @APIResponse(responseCode = "400", description = "page, size or tenantId rejected",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "tenantId names no tenant visible to the caller",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public UserPageResponse list(@Parameter(description = "Tenant id (operators only)") @QueryParam("tenantId") String tenantId,
      @Parameter(ref = "page") @QueryParam("page") String page,
      @Parameter(ref = "size") @QueryParam("size") String size) {
    PageRequest request = PageRequest.parse(page, size);
    return UserPageResponse.of(users.list(caller.get(), AdminPaths.optionalId(tenantId, "tenantId"), request.page(),
        request.size()));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read a user")
  @APIResponse(responseCode = "200", description = "The user",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserResponse")))
  @APIResponse(responseCode = "404", description = "No such user visible to the caller",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public UserResponse find(@Parameter(description = "User id (UUID)") @PathParam("id") String id) {
    return UserResponse.of(users.find(caller.get(), AdminPaths.pathId(id, USER)));
  }

  @PUT
  @Path("/{id}/role")
  @Operation(summary = "Change a user's role", description = "Replaces the user's roles with role; access tokens "
      + "it holds stop working at once (it signs in or refreshes for the new role). Not one's own role.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "RoleRequest")))
  @APIResponse(responseCode = "200", description = "Changed",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserResponse")))
  @APIResponse(responseCode = "400", description = "role rejected",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "No such user visible to the caller",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "409", description = "The caller's own role",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public UserResponse changeRole(@Parameter(description = "User id (UUID)") @PathParam("id") String id,
      RoleRequest request) {
    return UserResponse.of(users.changeRole(caller.get(), AdminPaths.pathId(id, USER),
        request == null ? null : request.role()));
  }

  @POST
  @Path("/{id}/disable")
  @Operation(summary = "Disable a user", description = "No more sign-ins; refresh tokens revoked; access tokens "
      + "refused from the next call. Not oneself.")
  @APIResponse(responseCode = "200", description = "Disabled",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserResponse")))
  @APIResponse(responseCode = "404", description = "No such user visible to the caller",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "409", description = "The caller itself",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public UserResponse disable(@Parameter(description = "User id (UUID)") @PathParam("id") String id) {
    return UserResponse.of(users.disable(caller.get(), AdminPaths.pathId(id, USER)));
  }

  @POST
  @Path("/{id}/enable")
  @Operation(summary = "Enable a user", description = "The user may sign in again.")
  @APIResponse(responseCode = "200", description = "Enabled",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserResponse")))
  @APIResponse(responseCode = "404", description = "No such user visible to the caller",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public UserResponse enable(@Parameter(description = "User id (UUID)") @PathParam("id") String id) {
    return UserResponse.of(users.enable(caller.get(), AdminPaths.pathId(id, USER)));
  }

  @POST
  @Path("/{id}/reset-password")
  @Operation(summary = "Reset a user's password", description = "Sets a new password (same policy as on "
      + "creation) and revokes the user's refresh tokens.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "PasswordRequest")))
  @APIResponse(responseCode = "200", description = "Reset",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserResponse")))
  @APIResponse(responseCode = "400", description = "password rejected",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "No such user visible to the caller",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public UserResponse resetPassword(@Parameter(description = "User id (UUID)") @PathParam("id") String id,
      PasswordRequest request) {
    return UserResponse.of(users.resetPassword(caller.get(), AdminPaths.pathId(id, USER),
        request == null ? null : request.password()));
  }
}
