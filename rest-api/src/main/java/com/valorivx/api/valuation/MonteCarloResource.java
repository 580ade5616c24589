package com.valorivx.api.valuation;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.api.job.JobLocation;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.job.JobService;
import com.valorivx.valuation.MonteCarloDcfRequest;
import com.valorivx.valuation.MonteCarloDcfService;
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

/** Starts Monte Carlo DCF simulations as jobs of the caller's tenant. */
@Path("/valuations/dcf/monte-carlo")
@RequestScoped
@Tag(name = "valuations", description = "Model runs: value, store, reopen and list")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class MonteCarloResource {

  @Inject
  MonteCarloDcfService monteCarlo;

  @Inject
  JobService jobs;

  @Inject
  CurrentCaller caller;

  @Context
  UriInfo uri;

  @POST
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Start a Monte Carlo DCF", description = "Checks the request, then simulates it as a "
      + "job: distributions on revenue growth, EBIT margin, discount rate and terminal growth of a projection "
      + "DCF, seeded. Poll the job (or watch it over the pages' WebSocket); on success it stores a "
      + "MONTE_CARLO_DCF run and its result names it as runId.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "MonteCarloDcfRequest")))
  @APIResponse(responseCode = "202", description = "Accepted: the job is queued",
      headers = @Header(name = "Location", description = "The job"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response start(MonteCarloDcfRequest request) {
    Caller who = caller.get();
    return JobLocation.accepted(uri, jobs, who, monteCarlo.submit(who, required(request)));
  }
}
