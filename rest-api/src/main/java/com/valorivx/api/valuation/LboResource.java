package com.valorivx.api.valuation;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.governance.Role;
import com.valorivx.valuation.LboRequest;
import com.valorivx.valuation.LboReturnsGridRequest;
import com.valorivx.valuation.LboRun;
import com.valorivx.valuation.LboService;
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

/** Values leveraged buyouts for the caller's tenant and draws their returns grids. */
@Path("/valuations/lbo")
@RequestScoped
@Tag(name = "valuations", description = "Model runs: value, store, reopen and list")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class LboResource {

  @Inject
  LboService lbo;

  @Inject
  CurrentCaller caller;

  @Context
  UriInfo uri;

  @POST
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Value a leveraged buyout", description = "Projects the debt schedule (tranches, "
      + "amortisation, cash sweep in priority order, interest on the opening or average balance) on the simple or "
      + "full operating model, exits at a multiple, answers the sponsor's IRR and MOIC, and stores the run.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "LboRequest")))
  @APIResponse(responseCode = "201", description = "Valued and stored",
      headers = @Header(name = "Location", description = "The stored run"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LboValuationResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "422", description = "The cash flow cannot pay the scheduled debt service",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response value(LboRequest request) {
    LboRun run = lbo.value(caller.get(), required(request));
    return RunLocation.created(uri, run.id(), LboValuationResponse.of(run));
  }

  @POST
  @Path("/returns-grid")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "LBO returns grid", description = "IRR and MOIC of a buyout over entry multiples × exit "
      + "multiples. Stores nothing.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "LboReturnsGridRequest")))
  @APIResponse(responseCode = "200", description = "The grid; rows follow entryMultiples",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LboReturnsGridResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "422", description = "The cash flow cannot pay the scheduled debt service",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public LboReturnsGridResponse returnsGrid(LboReturnsGridRequest request) {
    return LboReturnsGridResponse.of(lbo.returnsGrid(caller.get(), required(request)));
  }
}
