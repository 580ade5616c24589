package com.valorivx.api.valuation;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;

/** Where a stored run lives: the {@code Location} every model endpoint answers with. */
public final class RunLocation {

  private RunLocation() {
  }

  /** The run's address as a path from the server root, e.g. {@code /api/v1/valuations/<id>}. */
  public static URI of(UriInfo uri, UUID id) {
    return URI.create(uri.getBaseUriBuilder().path(ValuationsResource.class).path(id.toString()).build().getRawPath());
  }

  /** 201 Created for the stored run {@code id}: its {@link #of address} as {@code Location}, {@code body} as entity. */
  public static Response created(UriInfo uri, UUID id, Object body) {
    return Response.created(of(uri, id)).entity(body).build();
  }
}
