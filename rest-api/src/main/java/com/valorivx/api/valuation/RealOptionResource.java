package com.valorivx.api.valuation;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.governance.Role;
import com.valorivx.valuation.RealOptionRequest;
import com.valorivx.valuation.RealOptionRun;
import com.valorivx.valuation.RealOptionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Values expand, abandon and defer options on projects for the caller's tenant. */
@Path("/valuations/real-options")
@RequestScoped
@Tag(name = "valuations", description = "Model runs: value, store, reopen and list")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class RealOptionResource {

  @Inject
  RealOptionService realOptions;

  @Inject
  CurrentCaller caller;

  @Context
  UriInfo uri;

  @POST
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Value a real option", description = "Values an option to expand (a call on "
      + "expansionFactor × underlyingValue), abandon (a put struck at salvageValue) or defer (a call struck at "
      + "exerciseCost with the cost of delay as yield) by Black-Scholes (European) or an American binomial lattice, "
      + "with the project's static and expanded NPV; stores a REAL_OPTION run.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "RealOptionRequest")))
  @APIResponse(responseCode = "201", description = "Valued and stored",
      headers = @Header(name = "Location", description = "The stored run"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "RealOptionValuationResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response value(RealOptionRequest request) {
    RealOptionRun run = realOptions.value(caller.get(), required(request));
    return RunLocation.created(uri, run.id(), RealOptionValuationResponse.of(run));
  }
}
