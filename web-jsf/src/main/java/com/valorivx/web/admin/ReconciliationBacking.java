package com.valorivx.web.admin;

import com.valorivx.billing.BillingService;
import com.valorivx.billing.Reconciliation;
import com.valorivx.billing.ReconciliationCsv;
import com.valorivx.billing.ReconciliationLine;
import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** "Billing reconciliation" (operators): metered usage priced by plan against billed amounts, with CSV. */
@Named
@ViewScoped
public class ReconciliationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  SignedInUser user;

  @Inject
  BillingService billing;

  private String from = YearMonth.now(ZoneOffset.UTC).atDay(1).toString();
  private String to = YearMonth.now(ZoneOffset.UTC).plusMonths(1).atDay(1).toString();
  private BigDecimal tolerance = BillingService.DEFAULT_TOLERANCE;
  private Reconciliation result;

  /** Reconciles the range; bad dates come back naming the field. */
  public void reconcile() {
    result = null;
    try {
      result = billing.reconcile(user.caller(), date(from, "from"), date(to, "to"), tolerance);
    } catch (InvalidAssumptionsException e) {
      for (FieldError error : e.errors()) {
        Messages.error(error.field() + ": " + error.message());
      }
    } catch (AccessDeniedException e) {
      Messages.error("Only operators see billing reconciliation");
    }
  }

  private static LocalDate date(String text, String field) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidAssumptionsException(field, "must be a date yyyy-MM-dd");
    }
  }

  /** The reconciliation as a CSV download link. */
  public String getCsvHref() {
    return result == null ? "" : "data:text/csv;charset=utf-8,"
        + URLEncoder.encode(ReconciliationCsv.write(result), StandardCharsets.UTF_8).replace("+", "%20");
  }

  public long getFlaggedCount() {
    return result == null ? 0 : result.tenants().stream().filter(l -> l.flagged()).count();
  }

  public Reconciliation getResult() {
    return result;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public BigDecimal getTolerance() {
    return tolerance;
  }

  public void setTolerance(BigDecimal tolerance) {
    this.tolerance = tolerance;
  }

  /** The plans a line was priced at: {@code STARTER}, or {@code TRIAL → STARTER} after a change. */
  public String plans(ReconciliationLine line) {
    return String.join(" → ", line.plans());
  }
}
