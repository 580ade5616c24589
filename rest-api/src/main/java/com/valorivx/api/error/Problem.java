package com.valorivx.api.error;

import com.valorivx.engine.common.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document; absent members are left out of the JSON. Problems that an HTTP
 * status says all about have {@code type} {@code about:blank} and the status phrase as title
 * (RFC 9457 §4.2.1); validation and unreadable bodies have their own types.
 *
 * @param type a URI naming the kind of problem
 * @param title the short summary of that kind
 * @param status the HTTP status code
 * @param detail what went wrong with this request
 * @param instance the request path, when known
 * @param errors for validation failures, every rejected field with the reason
 * @param correlationId for server errors, the id under which the server logged the cause
 */
public record Problem(String type, String title, int status, String detail, String instance,
    List<FieldError> errors, String correlationId) {

  /** The media type of a problem document. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** {@link #MEDIA_TYPE} as a {@link MediaType}. */
  public static final MediaType MEDIA_TYPE_VALUE = MediaType.valueOf(MEDIA_TYPE);

  static final String VALIDATION_TYPE = "https://valorivx.com/problems/validation";
  static final String MALFORMED_BODY_TYPE = "https://valorivx.com/problems/malformed-body";
  private static final String ABOUT_BLANK = "about:blank";

  public Problem {
    errors = errors == null ? null : List.copyOf(errors);
  }

  /** A problem the status says all about; {@code detail} adds the particulars. */
  public static Problem ofStatus(int status, String detail) {
    return new Problem(ABOUT_BLANK, reasonPhrase(status), status, detail, null, null, null);
  }

  /** A 400 listing every rejected field. */
  public static Problem invalid(String detail, List<FieldError> errors) {
    return new Problem(VALIDATION_TYPE, "Invalid request", 400, detail, null, errors, null);
  }

  /** A 400 for a body that is not JSON or does not fit the expected shape. */
  public static Problem malformedBody(String detail, List<FieldError> errors) {
    return new Problem(MALFORMED_BODY_TYPE, "Unreadable request body", 400, detail, null,
        errors.isEmpty() ? null : errors, null);
  }

  /** A 500 that names only the correlation id under which the cause was logged. */
  public static Problem serverError(String correlationId) {
    return new Problem(ABOUT_BLANK, reasonPhrase(500), 500,
        "The server could not complete the request; quote correlation id " + correlationId
            + " when reporting it.", null, null, correlationId);
  }

  /** This problem as a response with its status and media type. */
  public Response toResponse() {
    return toResponse(Response.status(status));
  }

  /** This problem as the entity of {@code builder}, which may already carry headers. */
  public Response toResponse(Response.ResponseBuilder builder) {
    return builder.status(status).entity(this).type(MEDIA_TYPE_VALUE).build();
  }

  static String reasonPhrase(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known != null ? known.getReasonPhrase() : "HTTP " + status;
  }
}
