package com.valorivx.web.admin;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.governance.Feature;
import com.valorivx.governance.Plan;
import com.valorivx.governance.PlanService;
import com.valorivx.governance.Quota;
import com.valorivx.governance.QuotaService;
import com.valorivx.governance.Role;
import com.valorivx.governance.Usage;
import com.valorivx.valuation.RecordNotFoundException;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * "Plan &amp; usage": the signed-in tenant's plan, its effective limits and this month's usage as bars;
 * operators also put any tenant on another plan.
 */
@Named
@ViewScoped
public class PlanUsageBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  SignedInUser user;

  @Inject
  QuotaService quotas;

  @Inject
  PlanService plans;

  private Usage usage;
  private List<Plan> catalogue;
  private String tenantId;
  private String planCode;

  @PostConstruct
  void load() {
    usage = quotas.usage(user.caller());
    catalogue = plans.plans();
    tenantId = user.getTenantId();
    planCode = usage.plan().code();
  }

  /** Puts the tenant on the chosen plan (operators); the service decides and audits. */
  public void assign() {
    try {
      UUID tenant = UUID.fromString(tenantId == null ? "" : tenantId.strip());
      Plan plan = plans.assign(user.caller(), tenant, planCode);
      jakarta.faces.context.FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
          jakarta.faces.application.FacesMessage.SEVERITY_INFO, "Tenant " + tenant + " is now on " + plan.name() + ".", null));
      usage = quotas.usage(user.caller());
    } catch (IllegalArgumentException notAnId) {
      if (notAnId instanceof InvalidAssumptionsException invalid) {
        for (FieldError error : invalid.errors()) {
          Messages.error(error.field() + ": " + error.message());
        }
      } else {
        Messages.error("tenant: must be a tenant id (UUID)");
      }
    } catch (RecordNotFoundException e) {
      Messages.error("tenant: no such tenant");
    } catch (AccessDeniedException e) {
      Messages.error("Only operators change plans");
    }
  }

  public Usage getUsage() {
    return usage;
  }

  public Plan getPlan() {
    return usage.plan();
  }

  public List<Plan> getCatalogue() {
    return catalogue;
  }

  public boolean isOperator() {
    return user.getRoles().contains(Role.OPERATOR);
  }

  public List<Bar> getBars() {
    return List.of(
        bar("Valuations this month", usage.used().get(Quota.VALUATIONS), usage.plan().valuationsPerMonth()),
        bar("Monte Carlo paths this month", usage.used().get(Quota.MONTE_CARLO_PATHS),
            usage.plan().monteCarloPathsPerMonth()),
        bar("Seats", usage.used().get(Quota.SEATS), usage.plan().seats()));
  }

  public List<String> getFeatures() {
    return usage.plan().features().stream().map(Feature::name).sorted().toList();
  }

  /** Days until the monthly quotas reset, rounded up. */
  public long getResetDays() {
    return (usage.resetSeconds() + 86_399) / 86_400;
  }

  private static Bar bar(String label, long used, long limit) {
    int percent = limit <= 0 ? 100 : (int) Math.min(100, used * 100 / limit);
    return new Bar(label, used, limit, percent);
  }

  public String getTenantId() {
    return tenantId;
  }

  public void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }

  public String getPlanCode() {
    return planCode;
  }

  public void setPlanCode(String planCode) {
    this.planCode = planCode;
  }

  /** One usage bar. */
  public record Bar(String label, long used, long limit, int percent) implements Serializable {
  }
}
