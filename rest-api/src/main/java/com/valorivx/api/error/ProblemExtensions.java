package com.valorivx.api.error;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/**
 * Problems that carry extension members (RFC 9457 §3.2) beside the standard ones, such as the
 * {@code quota} or {@code feature} a governance refusal names.
 */
public final class ProblemExtensions {

  private ProblemExtensions() {
  }

  /** A builder holding {@code type}, {@code title}, {@code status} and {@code detail}. */
  public static JsonObjectBuilder problem(String type, int status, String detail) {
    return Json.createObjectBuilder().add("type", type).add("title", Problem.reasonPhrase(status))
        .add("status", status).add("detail", detail);
  }

  /** The problem as a response with its status and media type; {@code builder} may carry headers. */
  public static Response toResponse(Response.ResponseBuilder builder, int status, JsonObjectBuilder problem) {
    return builder.status(status).type(Problem.MEDIA_TYPE_VALUE).entity(problem.build().toString()).build();
  }
}
