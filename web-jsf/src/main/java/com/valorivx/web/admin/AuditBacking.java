package com.valorivx.web.admin;

import com.valorivx.audit.AuditEntryView;
import com.valorivx.audit.AuditPage;
import com.valorivx.audit.AuditService;
import com.valorivx.audit.AuditVerification;
import com.valorivx.audit.LegalHoldView;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.valuation.RecordNotFoundException;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The audit viewer: the tenant's entries filtered by date range, action and actor, page by page;
 * a Verify button; export links; and the legal hold of the tenant and of single entries.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 20;

  @Inject
  AuditService audit;

  @Inject
  SignedInUser user;

  private String from;
  private String to;
  private String action;
  private String actor;
  private int page;
  private List<AuditEntryView> items = List.of();
  private long total;
  private AuditVerification verification;
  private LegalHoldView tenantHold;
  private String holdReason;

  @PostConstruct
  void init() {
    search();
  }

  /** Applies the filters from the first page. */
  public void search() {
    page = 0;
    load();
  }

  public void next() {
    if ((long) (page + 1) * PAGE_SIZE < total) {
      page++;
      load();
    }
  }

  public void previous() {
    if (page > 0) {
      page--;
      load();
    }
  }

  public void verify() {
    try {
      verification = audit.verify(user.caller(), null);
    } catch (AccessDeniedException e) {
      Messages.error(e.getMessage());
    }
  }

  /** Sets the tenant's hold when it is off, releases it when it is on. */
  public void toggleTenantHold() {
    try {
      boolean enable = tenantHold == null || !tenantHold.enabled();
      tenantHold = audit.setTenantHold(user.caller(), UUID.fromString(user.getTenantId()), enable,
          enable ? holdReason : null);
      holdReason = null;
      load();
    } catch (InvalidAssumptionsException e) {
      Messages.fieldErrors(e.errors());
    } catch (AccessDeniedException | RecordNotFoundException e) {
      Messages.error(e.getMessage());
    }
  }

  /** Holds one entry when it is free, releases it when it is held. */
  public void toggleEntryHold(AuditEntryView entry) {
    try {
      boolean enable = !entry.legalHold();
      audit.setEntryHold(user.caller(), entry.id(), enable, enable ? reasonOrDefault() : null);
      load();
    } catch (InvalidAssumptionsException e) {
      Messages.fieldErrors(e.errors());
    } catch (AccessDeniedException | RecordNotFoundException e) {
      Messages.error(e.getMessage());
    }
  }

  private String reasonOrDefault() {
    return holdReason == null || holdReason.isBlank() ? "held from the audit screen by " + user.getUsername()
        : holdReason;
  }

  private void load() {
    try {
      AuditPage found = audit.list(user.caller(), null, from, to, action, actor, page, PAGE_SIZE);
      items = found.items();
      total = found.total();
      tenantHold = audit.tenantHold(user.caller(), null);
    } catch (InvalidAssumptionsException e) {
      Messages.fieldErrors(e.errors());
    } catch (AccessDeniedException e) {
      items = List.of();
      total = 0;
      Messages.error(e.getMessage());
    }
  }

  /** The download link of the filtered range in {@code format} (csv or json). */
  public String exportUrl(String format) {
    return "admin/audit/export?format=" + format + param("from", from) + param("to", to);
  }

  private static String param(String name, String value) {
    return value == null || value.isBlank() ? "" : "&" + name + "=" + URLEncoder.encode(value.strip(),
        StandardCharsets.UTF_8);
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

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getHoldReason() {
    return holdReason;
  }

  public void setHoldReason(String holdReason) {
    this.holdReason = holdReason;
  }

  public List<AuditEntryView> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public int getPage() {
    return page;
  }

  /** 1-based page number and the number of pages, for "page 2 of 5". */
  public long getPages() {
    return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public boolean isFirstPage() {
    return page == 0;
  }

  public boolean isLastPage() {
    return (long) (page + 1) * PAGE_SIZE >= total;
  }

  public AuditVerification getVerification() {
    return verification;
  }

  public LegalHoldView getTenantHold() {
    return tenantHold;
  }
}
