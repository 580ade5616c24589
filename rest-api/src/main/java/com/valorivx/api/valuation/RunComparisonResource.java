package com.valorivx.api.valuation;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.governance.Role;
import com.valorivx.valuation.RunComparisonService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Compares stored runs of the caller's tenant side by side, field by field. */
@Path("/valuations/compare")
@RequestScoped
@Tag(name = "valuations", description = "Model runs: value, store, reopen and list")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class RunComparisonResource {

  @Inject
  RunComparisonService comparisons;

  @Inject
  CurrentCaller caller;

  @GET
  @RolesAllowed({Role.ADMIN, Role.ANALYST, Role.VIEWER})
  @Operation(summary = "Compare runs", description = "Two to ten runs side by side, with every path of their "
      + "inputs and results whose values differ (paths such as inputs.projection.revenueGrowth[2] or "
      + "result.enterpriseValue; null where a run lacks the path).")
  @APIResponse(responseCode = "200", description = "The runs and their differences",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RunComparisonResponse")))
  @APIResponse(responseCode = "400", description = "ids is not 2 to 10 distinct run ids",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "A run is not in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public RunComparisonResponse compare(
      @Parameter(description = "2 to 10 run ids, comma-separated", required = true) @QueryParam("ids") String ids) {
    return RunComparisonResponse.of(comparisons.compare(caller.get(), ids));
  }
}
