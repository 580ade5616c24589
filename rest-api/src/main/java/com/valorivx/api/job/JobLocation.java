package com.valorivx.api.job;

import com.valorivx.governance.Caller;
import com.valorivx.job.JobService;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;

/** Where a job lives, and the {@code 202 Accepted} that points a caller there. */
public final class JobLocation {

  private JobLocation() {
  }

  /** The job's address as a path from the server root, e.g. {@code /api/v1/jobs/<id>}. */
  public static URI of(UriInfo uri, UUID id) {
    return URI.create(uri.getBaseUriBuilder().path(JobsResource.class).path(id.toString()).build().getRawPath());
  }

  /** {@code 202 Accepted} for the job {@code id} just submitted by {@code who}: its state, and its address as Location. */
  public static Response accepted(UriInfo uri, JobService jobs, Caller who, UUID id) {
    JobResponse job = jobs.find(who, id).map(JobResponse::of).orElseThrow();
    return Response.accepted(job).location(of(uri, id)).build();
  }
}
