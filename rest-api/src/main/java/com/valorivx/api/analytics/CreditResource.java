package com.valorivx.api.analytics;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.analytics.AltmanRequest;
import com.valorivx.analytics.CreditService;
import com.valorivx.analytics.MertonRequest;
import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.api.valuation.RunLocation;
import com.valorivx.governance.Role;
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

/** Credit analytics: the structural (Merton) model and Z-scores; each call stores a CREDIT run. */
@Path("/analytics/credit")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.ANALYST})
@Tag(name = "analytics", description = "Cash-flow functions, portfolio, risk, credit and forecasting")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class CreditResource {

  @Inject
  CreditService credit;

  @Inject
  CurrentCaller caller;

  @Context
  UriInfo uri;

  @POST
  @Path("/merton")
  @Operation(summary = "Structural credit model", description = "Solves E = V·N(d1) − D·e^(−rT)·N(d2) and "
      + "σ_E·E = N(d1)·σ_V·V for asset value V and asset volatility σ_V; distance to default d2, risk-neutral "
      + "PD N(−d2), market value of debt V − E, expected loss PD·LGD·D; stores a CREDIT run.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "MertonRequest")))
  @APIResponse(responseCode = "201", description = "Solved and stored",
      headers = @Header(name = "Location", description = "The stored run"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MertonResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "422", description = "No asset value and volatility reproduce the equity",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response merton(MertonRequest request) {
    CreditService.Run<com.valorivx.engine.credit.MertonResult> run = credit.merton(caller.get(), required(request));
    return RunLocation.created(uri, run.id(), MertonResponse.of(run));
  }

  @POST
  @Path("/altman")
  @Operation(summary = "Z-score", description = "ORIGINAL (market equity, with sales), PRIVATE (Z′: book "
      + "equity, with sales) or NON_MANUFACTURING (Z″: book equity, no sales) with the zone SAFE, GREY or "
      + "DISTRESS; stores a CREDIT run.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "AltmanRequest")))
  @APIResponse(responseCode = "201", description = "Scored and stored",
      headers = @Header(name = "Location", description = "The stored run"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AltmanResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field the model needs",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response altman(AltmanRequest request) {
    CreditService.Run<com.valorivx.engine.credit.AltmanResult> run = credit.altman(caller.get(), required(request));
    return RunLocation.created(uri, run.id(), AltmanResponse.of(run));
  }
}
