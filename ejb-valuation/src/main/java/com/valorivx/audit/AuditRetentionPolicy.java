package com.valorivx.audit;

import com.valorivx.governance.PlanService;
import com.valorivx.persistence.common.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many days a tenant's audit entries are kept: its plan's {@code auditRetentionDays}. A plan
 * without a retention of its own (zero or less) keeps entries for the configured default,
 * {@code valor.audit.retention.days} (2555 days = 7 years).
 */
@ApplicationScoped
public class AuditRetentionPolicy {

  public static final int DEFAULT_DAYS = 2555;

  @Inject
  @ConfigProperty(name = "valor.audit.retention.days", defaultValue = "" + DEFAULT_DAYS)
  int defaultDays;

  @Inject
  PlanService plans;

  public int daysFor(TenantId tenant) {
    int days = plans.planOf(tenant.value()).auditRetentionDays();
    return days > 0 ? days : defaultDays;
  }
}
