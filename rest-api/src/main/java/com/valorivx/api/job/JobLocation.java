package com.valorivx.api.job;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;

/** Where a job lives: the {@code Location} of every {@code 202 Accepted}. */
public final class JobLocation {

  private JobLocation() {
  }

  /** The job's address as a path from the server root, e.g. {@code /api/v1/jobs/<id>}. */
  public static URI of(UriInfo uri, UUID id) {
    return URI.create(uri.getBaseUriBuilder().path(JobsResource.class).path(id.toString()).build().getRawPath());
  }
}
