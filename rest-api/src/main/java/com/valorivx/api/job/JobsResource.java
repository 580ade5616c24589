package com.valorivx.api.job;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.PathIds;
import com.valorivx.api.error.Problem;
import com.valorivx.governance.Role;
import com.valorivx.job.JobService;
import com.valorivx.job.JobView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Long work of the caller's tenant: status, progress and result of a job, and cancelling it. */
@Path("/jobs")
@RequestScoped
@Tag(name = "jobs", description = "Long work: status, progress, result, cancel")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "404", description = "No such job in the caller's tenant",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class JobsResource {

  @Inject
  JobService jobs;

  @Inject
  CurrentCaller caller;

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.ADMIN, Role.ANALYST, Role.VIEWER})
  @Operation(summary = "Read a job", description = "Status (QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED), "
      + "progress in [0, 1], and the result once SUCCEEDED or the error once FAILED.")
  @APIResponse(responseCode = "200", description = "The job",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobResponse")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "No such job in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public JobResponse find(@Parameter(description = "Job id (UUID)") @PathParam("id") String id) {
    return PathIds.uuid(id).flatMap(jobId -> jobs.find(caller.get(), jobId)).map(JobResponse::of)
        .orElseThrow(() -> notFound(id));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Cancel a job", description = "Stops a QUEUED or RUNNING job promptly and marks it "
      + "CANCELLED; a finished job is left as it was. Answers the job as it now stands.")
  @APIResponse(responseCode = "200", description = "The job after the cancel",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobResponse")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "No such job in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public JobResponse cancel(@Parameter(description = "Job id (UUID)") @PathParam("id") String id) {
    Optional<JobView> job = PathIds.uuid(id).flatMap(jobId -> jobs.cancel(caller.get(), jobId));
    return job.map(JobResponse::of).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("No job " + id + " in your tenant.");
  }
}
