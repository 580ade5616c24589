package com.valorivx.api;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents what every call with a bearer token can answer whatever its resource: {@code 401}
 * (no valid token) and {@code 429} (rate limit or quota, with {@code Retry-After} and the
 * {@code X-RateLimit-*} headers), as references to {@code components/responses} of
 * {@code META-INF/openapi.yaml}. An operation that describes one of them itself keeps its own.
 * Registered as {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
 */
public class GovernanceResponses implements OASFilter {

  static final String UNAUTHORIZED = "#/components/responses/Unauthorized";
  static final String TOO_MANY_REQUESTS = "#/components/responses/TooManyRequests";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem path : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : path.getOperations().values()) {
        if (needsToken(operation, openAPI.getSecurity())) {
          APIResponses responses = operation.getResponses();
          if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
          }
          addUnlessDescribed(responses, "401", UNAUTHORIZED);
          addUnlessDescribed(responses, "429", TOO_MANY_REQUESTS);
        }
      }
    }
  }

  /** The operation's own security requirements, else the document's, name the bearer scheme. */
  private static boolean needsToken(Operation operation, List<SecurityRequirement> documentWide) {
    List<SecurityRequirement> requirements = operation.getSecurity() != null ? operation.getSecurity() : documentWide;
    return requirements != null
        && requirements.stream().anyMatch(requirement -> requirement.hasScheme(ValorApiApplication.BEARER));
  }

  private static void addUnlessDescribed(APIResponses responses, String status, String reference) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(reference));
    }
  }
}
