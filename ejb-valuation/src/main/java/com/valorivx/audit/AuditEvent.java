package com.valorivx.audit;

import com.valorivx.persistence.common.TenantId;

/**
 * What happened, before it is chained: tenant, actor, action, target, request id, outcome
 * ({@value #SUCCEEDED} or {@value #REFUSED}) and the redacted details as JSON.
 */
public record AuditEvent(TenantId tenant, String actor, String action, String target, String requestId,
    String outcome, String detailsJson) {

  public static final String SUCCEEDED = "SUCCEEDED";
  public static final String REFUSED = "REFUSED";
}
