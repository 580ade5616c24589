package com.valorivx.api.error;

import jakarta.ws.rs.BadRequestException;

/** What every resource checks of a JSON body before its fields: that there is one. */
public final class RequestBodies {

  private RequestBodies() {
  }

  /** The body, or a 400 problem saying one is required (JSON-B hands an empty body over as null). */
  public static <T> T required(T body) {
    if (body == null) {
      throw new BadRequestException("A JSON request body is required.");
    }
    return body;
  }
}
