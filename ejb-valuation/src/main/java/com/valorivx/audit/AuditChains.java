package com.valorivx.audit;

import com.valorivx.persistence.audit.AuditRepository;
import com.valorivx.persistence.common.TenantId;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Creates a tenant's chain head in a transaction of its own, so the creation commits before any append locks it. */
@Stateless
public class AuditChains {

  @Inject
  AuditRepository repository;

  /** Creates the head unless it exists; a concurrent creation that wins is as good (its unique violation rolls this back). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(TenantId tenant) {
    if (repository.findChain(tenant).isEmpty()) {
      repository.createChain(tenant);
    }
  }
}
