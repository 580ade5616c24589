package com.valorivx.api.valuation;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.PathIds;
import com.valorivx.api.error.Problem;
import com.valorivx.governance.Role;
import com.valorivx.valuation.DcfRequest;
import com.valorivx.valuation.DcfRun;
import com.valorivx.valuation.DcfSensitivityRequest;
import com.valorivx.valuation.OptionRequest;
import com.valorivx.valuation.OptionRun;
import com.valorivx.valuation.ValuationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Values models for the caller's tenant, and reopens and lists its stored runs. */
@Path("/valuations")
@RequestScoped
@Tag(name = "valuations", description = "Model runs: value, store, reopen and list")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class ValuationsResource {

  @Inject
  ValuationService valuations;

  @Inject
  CurrentCaller caller;

  @Context
  UriInfo uri;

  @POST
  @Path("/dcf")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Value a DCF", description = "Values an unlevered DCF (explicit free cash flows or a "
      + "revenue projection; a discount rate or a WACC; Gordon growth or an exit multiple) and stores the run.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "DcfRequest")))
  @APIResponse(responseCode = "201", description = "Valued and stored",
      headers = @Header(name = "Location", description = "The stored run"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "DcfValuationResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response valueDcf(DcfRequest request) {
    DcfRun run = valuations.valueDcf(caller.get(), required(request));
    return RunLocation.created(uri, run.id(), DcfValuationResponse.of(run));
  }

  @POST
  @Path("/dcf/sensitivity")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "DCF sensitivity grid", description = "Revalues a DCF over discount rates × terminal "
      + "growth rates (or × exit multiples for an exit-multiple base). Stores nothing.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "DcfSensitivityRequest")))
  @APIResponse(responseCode = "200", description = "The grid; rows follow discountRates",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "DcfSensitivityResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public DcfSensitivityResponse dcfSensitivity(DcfSensitivityRequest request) {
    return DcfSensitivityResponse.of(valuations.dcfSensitivity(caller.get(), required(request)));
  }

  @POST
  @Path("/options")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Value an option", description = "Values a European or American call or put by "
      + "Black-Scholes-Merton, a binomial tree (Cox-Ross-Rubinstein or explicit up/down) or seeded Monte Carlo, "
      + "with greeks per unit change, and stores the run.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "OptionRequest")))
  @APIResponse(responseCode = "201", description = "Valued and stored",
      headers = @Header(name = "Location", description = "The stored run"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "OptionValuationResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response valueOption(OptionRequest request) {
    OptionRun run = valuations.valueOption(caller.get(), required(request));
    return RunLocation.created(uri, run.id(), OptionValuationResponse.of(run));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.ADMIN, Role.ANALYST, Role.VIEWER})
  @Operation(summary = "Reopen a run", description = "The stored run with its inputs and result.")
  @APIResponse(responseCode = "200", description = "The run",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RunResponse")))
  @APIResponse(responseCode = "404", description = "No such run in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public RunResponse find(@Parameter(description = "Run id (UUID)") @PathParam("id") String id) {
    return PathIds.uuid(id)
        .flatMap(runId -> valuations.find(caller.get(), runId))
        .map(RunResponse::of)
        .orElseThrow(() -> new NotFoundException("No valuation run " + id + " in your tenant."));
  }

  @GET
  @RolesAllowed({Role.ADMIN, Role.ANALYST, Role.VIEWER})
  @Operation(summary = "List runs", description = "The tenant's runs, newest first, one page at a time.")
  @APIResponse(responseCode = "200", description = "One page",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "RunPageResponse")))
  @APIResponse(responseCode = "400", description = "Bad kind, page or size",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public RunPageResponse list(
      @Parameter(ref = "kind") @QueryParam("kind") String kind,
      @Parameter(ref = "page") @QueryParam("page") String page,
      @Parameter(ref = "size") @QueryParam("size") String size) {
    PageRequest request = PageRequest.parse(page, size);
    return RunPageResponse.of(valuations.list(caller.get(), kind, request.page(), request.size()));
  }
}
