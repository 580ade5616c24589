package com.valorivx.api.analytics;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.analytics.ForecastRequest;
import com.valorivx.analytics.ForecastRun;
import com.valorivx.analytics.ForecastService;
import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.api.valuation.RunLocation;
import com.valorivx.governance.Role;
import com.valorivx.api.job.JobLocation;
import com.valorivx.governance.Caller;
import com.valorivx.job.JobService;
import com.valorivx.analytics.ForecastBatchRequest;
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

/** Forecasts a revenue history by linear trend and Holt's method; each forecast is stored as a run. */
@Path("/analytics/forecast")
@RequestScoped
@Tag(name = "analytics", description = "Cash-flow functions, portfolio, risk, credit and forecasting")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class ForecastResource {

  @Inject
  ForecastService forecasts;

  @Inject
  CurrentCaller caller;

  @Inject
  JobService jobs;

  @Context
  UriInfo uri;

  @POST
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Forecast a history", description = "Linear trend (OLS on t = 1..n, exact prediction "
      + "interval) and Holt's linear exponential smoothing (alpha, beta given or fitted by least squares; "
      + "ETS(A,A,N) prediction interval), each backtested on the last holdout values (MAPE, a fraction); "
      + "recommended is the method with the lower MAPE. Stores a FORECAST run.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "ForecastRequest")))
  @APIResponse(responseCode = "201", description = "Forecast and stored",
      headers = @Header(name = "Location", description = "The stored run"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ForecastResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response forecast(ForecastRequest request) {
    ForecastRun run = forecasts.forecast(caller.get(), required(request));
    return RunLocation.created(uri, run.id(), ForecastResponse.of(run));
  }

  @POST
  @Path("/batch")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Forecast many series as a job", description = "Each named series is forecast with the common options of "
      + "POST /analytics/forecast; progress series by series, cancel between series. On success the job "
      + "stores one FORECAST run holding every forecast and its result names it as runId.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "ForecastBatchRequest")))
  @APIResponse(responseCode = "202", description = "Accepted: the job is queued",
      headers = @Header(name = "Location", description = "The job"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected before any job exists; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response batch(ForecastBatchRequest request) {
    Caller who = caller.get();
    return JobLocation.accepted(uri, jobs, who, forecasts.submitBatch(who, required(request)));
  }
}
