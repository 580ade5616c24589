package com.valorivx.governance;

import com.valorivx.persistence.billing.UsageRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Opens a usage counter in a transaction of its own: when two first calls of a month race, one
 * insert fails on the primary key, and only that short transaction rolls back, never the caller's.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class UsageCounters {

  @Inject
  UsageRepository usage;

  public void open(UUID tenant, String period, String metric) {
    usage.open(tenant, period, metric);
  }
}
