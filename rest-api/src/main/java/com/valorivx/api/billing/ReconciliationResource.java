package com.valorivx.api.billing;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.billing.BillingService;
import com.valorivx.billing.Reconciliation;
import com.valorivx.billing.ReconciliationCsv;
import com.valorivx.engine.common.Checks;
import com.valorivx.governance.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Metered usage against billed amounts per tenant (operators), as JSON or CSV. */
@Path("/admin/billing/reconciliation")
@RequestScoped
@RolesAllowed(Role.OPERATOR)
@Tag(name = "billing", description = "Billing events and reconciliation")
@SecurityRequirement(name = ValorApiApplication.BEARER)
public class ReconciliationResource {

  static final String CSV = "text/csv";

  @Inject
  BillingService billing;

  @Inject
  CurrentCaller caller;

  @GET
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @Operation(summary = "Billing reconciliation", description = "Per tenant over [from, to): metered "
      + "valuations, Monte Carlo paths and seat-months, the charge the plan's unit prices give, the amount "
      + "billed by webhook events, drift = billed − expected, flagged when |drift| > tolerance. "
      + "Accept: text/csv for a spreadsheet.")
  @APIResponse(responseCode = "200", description = "One line per tenant",
      content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Reconciliation")),
          @Content(mediaType = CSV)})
  @APIResponse(responseCode = "400", description = "from, to or tolerance rejected",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", description = "No valid access token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "403", description = "Operators only",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response reconcile(
      @Parameter(description = "First day (yyyy-MM-dd), default the first of this month") @QueryParam("from") String from,
      @Parameter(description = "Day after the last (yyyy-MM-dd), default the first of next month") @QueryParam("to") String to,
      @Parameter(description = "Largest |drift| not flagged, default 0.01") @QueryParam("tolerance") String tolerance,
      @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
    Checks checks = Checks.start();
    YearMonth month = YearMonth.now(ZoneOffset.UTC);
    LocalDate fromDay = date(checks, from, "from", month.atDay(1));
    LocalDate toDay = date(checks, to, "to", month.plusMonths(1).atDay(1));
    BigDecimal allowed = decimal(checks, tolerance);
    checks.throwIfAny();
    Reconciliation reconciliation = billing.reconcile(caller.get(), fromDay, toDay, allowed);
    boolean csv = headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.valueOf(CSV))
        && !t.isWildcardType());
    if (csv) {
      return Response.ok(ReconciliationCsv.write(reconciliation), CSV + ";charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"reconciliation-" + fromDay + "-" + toDay + ".csv\"")
          .build();
    }
    return Response.ok(reconciliation, MediaType.APPLICATION_JSON).build();
  }

  private static LocalDate date(Checks checks, String text, String field, LocalDate absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      checks.reject(field, "must be a date yyyy-MM-dd, was '" + text + "'");
      return null;
    }
  }

  private static BigDecimal decimal(Checks checks, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      checks.reject("tolerance", "must be a number, was '" + text + "'");
      return null;
    }
  }
}
