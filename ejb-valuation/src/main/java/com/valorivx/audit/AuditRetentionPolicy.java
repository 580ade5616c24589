package com.valorivx.audit;

import com.valorivx.persistence.common.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many days a tenant's audit entries are kept. One place to ask, so the plan's own retention
 * can replace the configured default ({@code valor.audit.retention.days}, 2555 days = 7 years).
 */
@ApplicationScoped
public class AuditRetentionPolicy {

  public static final int DEFAULT_DAYS = 2555;

  @Inject
  @ConfigProperty(name = "valor.audit.retention.days", defaultValue = "" + DEFAULT_DAYS)
  int defaultDays;

  public int daysFor(TenantId tenant) {
    return defaultDays;
  }
}
