package com.valorivx.web.admin;

import com.valorivx.governance.Plan;
import com.valorivx.governance.PlanService;
import com.valorivx.governance.TenantPage;
import com.valorivx.governance.TenantService;
import com.valorivx.governance.TenantView;
import com.valorivx.web.security.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** The tenants page (operators): list, create, suspend, reactivate. */
@Named
@ViewScoped
public class TenantsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Most tenants the page lists. */
  static final int LISTED = 100;

  @Inject
  TenantService tenants;

  @Inject
  PlanService planService;

  @Inject
  SignedInUser user;

  private List<TenantView> items = List.of();
  private long total;
  private String name;
  private String plan = "PROFESSIONAL";

  @PostConstruct
  void init() {
    load();
  }

  /** The plans a new tenant can be put on, cheapest first. */
  public List<Plan> getPlans() {
    return planService.plans();
  }

  public void load() {
    TenantPage page = tenants.list(user.caller(), 0, LISTED);
    items = page.items();
    total = page.total();
  }

  public void create() {
    if (AdminActions.run(() -> tenants.create(user.caller(), name, plan), "Tenant " + name + " created.")) {
      name = null;
    }
    load();
  }

  public void suspend(UUID id) {
    AdminActions.run(() -> tenants.suspend(user.caller(), id), "Tenant suspended.");
    load();
  }

  public void reactivate(UUID id) {
    AdminActions.run(() -> tenants.reactivate(user.caller(), id), "Tenant reactivated.");
    load();
  }

  public List<TenantView> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPlan() {
    return plan;
  }

  public void setPlan(String plan) {
    this.plan = plan;
  }
}
