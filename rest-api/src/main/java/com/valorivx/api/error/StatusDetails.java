package com.valorivx.api.error;

/** Plain-language details for refusals whose message is only the status line ("HTTP 404 Not Found"). */
final class StatusDetails {

  private StatusDetails() {
  }

  /** {@code message} when it says more than the status line, else a sentence for {@code status}. */
  static String detail(int status, String message) {
    boolean informative = message != null && !message.isBlank() && !message.startsWith("HTTP " + status);
    if (informative && status != 401 && status != 403) {
      return message;
    }
    return switch (status) {
      case 400 -> "The request could not be read: send a JSON body of the documented shape.";
      case 401 -> "A valid access token is required: send Authorization: Bearer <accessToken> "
          + "from POST /api/v1/auth/token.";
      case 403 -> "The caller's roles do not allow this operation.";
      case 404 -> "Nothing is found at this address.";
      case 405 -> "This method is not allowed here; the Allow header lists the methods that are.";
      case 406 -> "The response can only be sent as application/json.";
      case 415 -> "Send the request body as application/json.";
      default -> informative ? message : Problem.reasonPhrase(status);
    };
  }
}
