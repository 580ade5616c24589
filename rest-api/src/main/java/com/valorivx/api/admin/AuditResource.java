package com.valorivx.api.admin;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.PathIds;
import com.valorivx.api.error.Problem;
import com.valorivx.api.valuation.PageRequest;
import com.valorivx.audit.AuditExportWriter;
import com.valorivx.audit.AuditExportWriter;
import com.valorivx.audit.AuditPurgeResult;
import com.valorivx.audit.AuditService;
import com.valorivx.audit.AuditVerification;
import com.valorivx.audit.LegalHoldView;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.valuation.RecordNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail of a tenant (API.md "Administration"): list with filters, verify the hash chain,
 * export (streamed CSV or JSON), run the retention purge, and hold single entries. A tenant's admin
 * reads its own tenant; an operator may add {@code ?tenantId=}.
 */
@Path("/admin/audit")
@RequestScoped
@Tag(name = "audit", description = "Tamper-evident audit trail: list, verify, export, retention, legal hold")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "Not an admin of the tenant, nor an operator",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class AuditResource {

  static final String CSV = "text/csv";

  @Inject
  AuditService audit;

  @Inject
  CurrentCaller caller;

  @GET
  @RolesAllowed({Role.ADMIN, Role.OPERATOR})
  @Operation(summary = "List audit entries", description = "The tenant's entries, newest first. from (inclusive) "
      + "and to (exclusive; a date includes that whole day) take an ISO-8601 instant or a date; action and actor "
      + "match exactly.")
  @APIResponse(responseCode = "200", description = "A page of entries",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditPageResponse")))
  @APIResponse(responseCode = "400", description = "A bad filter, page or size",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "403", description = "Not an admin of the tenant, nor an operator",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public AuditPageResponse list(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("action") String action, @QueryParam("actor") String actor,
      @QueryParam("page") String page, @QueryParam("size") String size,
      @Parameter(description = "Operators only: another tenant's id") @QueryParam("tenantId") String tenantId) {
    PageRequest paging = PageRequest.parse(page, size);
    return AuditPageResponse.of(audit.list(caller.get(), tenantId, from, to, action, actor, paging.page(),
        paging.size()));
  }

  @GET
  @Path("/verify")
  @RolesAllowed({Role.ADMIN, Role.OPERATOR})
  @Operation(summary = "Verify the hash chain", description = "Walks the tenant's chain from its start (or the "
      + "signed checkpoint of what retention purged) and checks every link and HMAC; names the first broken entry.")
  @APIResponse(responseCode = "200", description = "The verification",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditVerification")))
  @APIResponse(responseCode = "400", description = "A bad tenantId",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "403", description = "Not an admin of the tenant, nor an operator",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public AuditVerification verify(
      @Parameter(description = "Operators only: another tenant's id") @QueryParam("tenantId") String tenantId) {
    return audit.verify(caller.get(), tenantId);
  }

  @GET
  @Path("/export")
  @Produces({CSV, MediaType.APPLICATION_JSON})
  @RolesAllowed({Role.ADMIN, Role.OPERATOR})
  @Operation(summary = "Export audit entries", description = "The tenant's entries within [from, to) in chain "
      + "order, streamed batch by batch: CSV with Accept: text/csv, else a JSON array. The export is itself "
      + "recorded in the trail (audit.export).")
  @APIResponse(responseCode = "200", description = "The entries",
      content = {@Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditExport"))})
  @APIResponse(responseCode = "400", description = "A bad from, to or tenantId",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "403", description = "Not an admin of the tenant, nor an operator",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
      @Parameter(description = "Operators only: another tenant's id") @QueryParam("tenantId") String tenantId,
      @Context HttpHeaders headers) {
    Caller who = caller.get();
    boolean csv = wantsCsv(headers);
    UUID tenant = audit.startExport(who, tenantId, from, to, csv ? "csv" : "json");
    AuditExportWriter.Batches batches = after -> audit.exportBatch(who, tenant, from, to, after,
        AuditService.BATCH_SIZE);
    StreamingOutput body = out -> {
      if (csv) {
        AuditExportWriter.csv(out, batches);
      } else {
        AuditExportWriter.json(out, batches);
      }
    };
    return Response.ok(body, csv ? CSV + "; charset=UTF-8" : MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"audit." + (csv ? "csv" : "json") + "\"")
        .build();
  }

  @POST
  @Path("/purge")
  @RolesAllowed(Role.OPERATOR)
  @Operation(summary = "Run the retention purge now", description = "Operators only. Deletes each tenant's expired "
      + "prefix of the chain, up to the first entry under legal hold, never a tenant under legal hold, and keeps a "
      + "signed checkpoint. asOf (ISO-8601, default now) is the moment retention is measured from.")
  @APIResponse(responseCode = "200", description = "What was purged",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditPurgeResult")))
  @APIResponse(responseCode = "400", description = "A bad asOf",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "403", description = "Not an operator",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public AuditPurgeResult purge(@QueryParam("asOf") String asOf,
      @Parameter(description = "Only this tenant (default: every tenant)") @QueryParam("tenantId") String tenantId) {
    return audit.purge(caller.get(), asOf, tenantId);
  }

  @PUT
  @Path("/{entryId}/legal-hold")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN, Role.OPERATOR})
  @Operation(summary = "Hold or release one entry", description = "A held entry, and so every later one, is kept "
      + "by the retention purge. Setting and releasing are audited.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "LegalHoldRequest")))
  @APIResponse(responseCode = "200", description = "The hold as it now stands",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LegalHold")))
  @APIResponse(responseCode = "400", description = "enabled missing, or reason missing when setting",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "403", description = "Not an admin of the tenant, nor an operator",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "No such entry in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public LegalHoldView holdEntry(@PathParam("entryId") String entryId, LegalHoldRequest request) {
    UUID id = PathIds.uuid(entryId).orElseThrow(() -> new RecordNotFoundException("No audit entry " + entryId + "."));
    LegalHoldRequest body = request == null ? new LegalHoldRequest(null, null) : request;
    return audit.setEntryHold(caller.get(), id, body.enabled(), body.reason());
  }

  private static boolean wantsCsv(HttpHeaders headers) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()) {
        return true;
      }
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
    }
    return false;
  }
}
