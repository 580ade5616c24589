package com.valorivx.api.analytics;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.analytics.RiskRequest;
import com.valorivx.analytics.RiskRun;
import com.valorivx.analytics.RiskService;
import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.api.valuation.RunLocation;
import com.valorivx.governance.Role;
import com.valorivx.api.job.JobLocation;
import com.valorivx.governance.Caller;
import com.valorivx.job.JobService;
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

/** Value at risk and expected shortfall of a portfolio; every run is stored as a VAR run. */
@Path("/analytics/risk")
@RequestScoped
@Tag(name = "analytics", description = "Cash-flow functions, portfolio, risk, credit and forecasting")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class RiskResource {

  @Inject
  RiskService risk;

  @Inject
  CurrentCaller caller;

  @Inject
  JobService jobs;

  @Context
  UriInfo uri;

  @POST
  @Path("/var")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Value at risk and expected shortfall", description = "PARAMETRIC (delta-normal: "
      + "VaR = z·σ_p·√horizonDays, ES = σ_p·√h·φ(z)/(1 − c), component VaR per position), HISTORICAL (k = "
      + "⌈n·(1 − c)⌉; VaR the k-th largest loss, ES the mean of the k largest) or MONTE_CARLO (seeded, with a "
      + "standard error); optional named stress shock sets; stores a VAR run.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "RiskVarRequest")))
  @APIResponse(responseCode = "201", description = "Computed and stored",
      headers = @Header(name = "Location", description = "The stored run"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RiskVarResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response valueAtRisk(RiskRequest request) {
    RiskRun run = risk.valueAtRisk(caller.get(), required(request));
    return RunLocation.created(uri, run.id(), RiskVarResponse.of(run));
  }

  @POST
  @Path("/var/jobs")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Value at risk as a job", description = "The same request as POST /analytics/risk/var, run as a "
      + "job (meant for MONTE_CARLO with many scenarios: progress in chunks of scenarios, cancel between "
      + "chunks). On success the job stores a VAR run and its result names it as runId.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "RiskVarRequest")))
  @APIResponse(responseCode = "202", description = "Accepted: the job is queued",
      headers = @Header(name = "Location", description = "The job"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected before any job exists; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response valueAtRiskJob(RiskRequest request) {
    Caller who = caller.get();
    return JobLocation.accepted(uri, jobs, who, risk.submitValueAtRisk(who, required(request)));
  }
}
