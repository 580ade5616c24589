package com.valorivx.api.valuation;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.governance.Role;
import com.valorivx.valuation.DcfTornadoRequest;
import com.valorivx.valuation.TornadoService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One-at-a-time DCF sensitivity (a tornado chart's data); stores nothing. */
@Path("/valuations/dcf/tornado")
@RequestScoped
@Tag(name = "valuations", description = "Model runs: value, store, reopen and list")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class DcfTornadoResource {

  @Inject
  TornadoService tornadoes;

  @Inject
  CurrentCaller caller;

  @POST
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "DCF tornado", description = "Swings each input of a DCF down and up by its swing (absolute "
      + "for rates, relative for amounts and multiples; defaults for inputs not named), revalues, and returns one bar "
      + "per input sorted by value-per-share spread. A side the DCF cannot value is marked invalid with the reason. "
      + "Stores nothing.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "DcfTornadoRequest")))
  @APIResponse(responseCode = "200", description = "The bars, widest first",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DcfTornadoResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public DcfTornadoResponse tornado(DcfTornadoRequest request) {
    return DcfTornadoResponse.of(tornadoes.dcfTornado(caller.get(), required(request)));
  }
}
