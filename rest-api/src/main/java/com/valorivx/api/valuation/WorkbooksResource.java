package com.valorivx.api.valuation;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.PathIds;
import com.valorivx.api.error.Problem;
import com.valorivx.governance.Role;
import com.valorivx.valuation.RunWorkbook;
import com.valorivx.valuation.WorkbookService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A stored run of the caller's tenant as an {@code .xlsx} workbook of live formulas (API.md "Workbooks"). */
@Path("/valuations/{id}/workbook")
@RequestScoped
@Tag(name = "valuations", description = "Model runs: value, store, reopen and list")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class WorkbooksResource {

  @Inject
  WorkbookService workbooks;

  @Inject
  CurrentCaller caller;

  @GET
  @Produces(RunWorkbook.MEDIA_TYPE)
  @RolesAllowed({Role.ADMIN, Role.ANALYST, Role.VIEWER})
  @Operation(summary = "Download a run as a workbook", description = "The stored run as an .xlsx workbook whose "
      + "model cells are live formulas over its input cells (sheets Assumptions, Model and Run): change an input "
      + "in a spreadsheet program and the valuation moves. DCF and LBO runs have a workbook; other kinds answer 409.")
  @APIResponse(responseCode = "200", description = "The workbook, as an attachment named <kind>-<id>.xlsx",
      headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"<kind>-<id>.xlsx\""),
      content = @Content(mediaType = RunWorkbook.MEDIA_TYPE,
          schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", description = "No such run in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "409", description = "The run's kind has no workbook; the detail names the kind",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response workbook(@Parameter(description = "Run id (UUID)") @PathParam("id") String id) {
    RunWorkbook workbook = PathIds.uuid(id)
        .flatMap(runId -> workbooks.workbook(caller.get(), runId))
        .orElseThrow(() -> new NotFoundException("No valuation run " + id + " in your tenant."));
    return Response.ok(workbook.content(), RunWorkbook.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + workbook.fileName() + "\"")
        .build();
  }
}
