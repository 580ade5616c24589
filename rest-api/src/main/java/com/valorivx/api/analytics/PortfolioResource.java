package com.valorivx.api.analytics;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.analytics.PortfolioRequest;
import com.valorivx.analytics.PortfolioService;
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

/** Mean-variance portfolio optimisation and the efficient frontier; both store a PORTFOLIO run. */
@Path("/analytics/portfolio")
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
public class PortfolioResource {

  @Inject
  PortfolioService portfolios;

  @Inject
  CurrentCaller caller;

  @Inject
  JobService jobs;

  @Context
  UriInfo uri;

  @POST
  @Path("/optimize")
  @Operation(summary = "Optimise a portfolio", description = "Minimum variance, target return, maximum Sharpe "
      + "ratio over riskFreeRate, or risk parity, long-only or with shorts and per-asset bounds; stores a "
      + "PORTFOLIO run.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "PortfolioRequest")))
  @APIResponse(responseCode = "201", description = "Optimised and stored",
      headers = @Header(name = "Location", description = "The stored run"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PortfolioResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "422", description = "No such portfolio: no asset beats the risk-free rate, or the "
      + "target return is out of reach", content = @Content(mediaType = Problem.MEDIA_TYPE,
      schema = @Schema(ref = "Problem")))
  public Response optimize(PortfolioRequest request) {
    var run = portfolios.optimize(caller.get(), required(request));
    return RunLocation.created(uri, run.id(), PortfolioResponse.of(run));
  }

  @POST
  @Path("/frontier")
  @Operation(summary = "Efficient frontier", description = "The least-variance portfolios at `points` evenly "
      + "spaced expected returns from the minimum-variance portfolio to the highest attainable return, with the "
      + "minimum-variance and tangency portfolios; stores a PORTFOLIO run.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "PortfolioRequest")))
  @APIResponse(responseCode = "201", description = "Computed and stored",
      headers = @Header(name = "Location", description = "The stored run"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "PortfolioFrontierResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "422", description = "The optimiser found no solution",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response frontier(PortfolioRequest request) {
    var run = portfolios.frontier(caller.get(), required(request));
    return RunLocation.created(uri, run.id(), PortfolioFrontierResponse.of(run));
  }

  @POST
  @Path("/frontier/jobs")
  @Operation(summary = "Efficient frontier as a job", description = "The same request as POST /analytics/portfolio/frontier, "
      + "run as a job for large frontiers: progress point by point, cancel between points. On success the job "
      + "stores a PORTFOLIO run and its result names it as runId.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "PortfolioRequest")))
  @APIResponse(responseCode = "202", description = "Accepted: the job is queued",
      headers = @Header(name = "Location", description = "The job"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected before any job exists; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response frontierJob(PortfolioRequest request) {
    Caller who = caller.get();
    return JobLocation.accepted(uri, jobs, who, portfolios.submitFrontier(who, required(request)));
  }
}
