package com.valorivx.api.valuation;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.governance.Role;
import com.valorivx.valuation.MnaGridRequest;
import com.valorivx.valuation.MnaRequest;
import com.valorivx.valuation.MnaRun;
import com.valorivx.valuation.MnaService;
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

/** Values acquisitions' accretion/dilution for the caller's tenant, and their accretion grid. */
@Path("/valuations/mna")
@RequestScoped
@Tag(name = "valuations", description = "Model runs: value, store, reopen and list")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class MnaResource {

  @Inject
  MnaService mna;

  @Inject
  CurrentCaller caller;

  @Context
  UriInfo uri;

  @POST
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Value an acquisition's accretion/dilution", description = "Pro forma EPS of the acquirer "
      + "after paying for the target in stock, cash and new debt (foregone interest on cash, interest on new debt, "
      + "after-tax synergies, fees paid from cash, amortisation of acquired intangibles), accretion/dilution and "
      + "breakeven synergies; stores an MNA run.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "MnaRequest")))
  @APIResponse(responseCode = "201", description = "Valued and stored",
      headers = @Header(name = "Location", description = "The stored run"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "MnaValuationResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response accretionDilution(MnaRequest request) {
    MnaRun run = mna.accretionDilution(caller.get(), required(request));
    return RunLocation.created(uri, run.id(), MnaValuationResponse.of(run));
  }

  @POST
  @Path("/accretion-grid")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Accretion grid over premium × stock share", description = "Revalues the base deal at "
      + "target.marketValue × (1 + premium) for each premium (rows) and each stock share of the price (columns; "
      + "the rest split as the base splits cash and debt, or all cash). Stores nothing.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "MnaGridRequest")))
  @APIResponse(responseCode = "200", description = "The grid; rows follow premiums",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "MnaAccretionGridResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public MnaAccretionGridResponse accretionGrid(MnaGridRequest request) {
    return MnaAccretionGridResponse.of(mna.accretionGrid(caller.get(), required(request)));
  }
}
