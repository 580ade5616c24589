package com.valorivx.billing;

import com.valorivx.persistence.billing.BillingEventRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records a billing event in a transaction of its own. Idempotency is the database's: the insert
 * either succeeds or fails on the UNIQUE constraint of the event id (SQLSTATE 23505), and then
 * that short transaction alone rolls back. There is no look-up before the insert to race with.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BillingEvents {

  @Inject
  BillingEventRepository events;

  /** True when recorded now, false when the event id was recorded before. */
  public boolean record(BillingEvent event, String payload) {
    try {
      events.insert(UUID.randomUUID(), event.id(), event.type(), event.tenantId(), event.amount(), event.currency(),
          event.occurredAt().atOffset(ZoneOffset.UTC), OffsetDateTime.now(ZoneOffset.UTC), payload);
      return true;
    } catch (PersistenceException e) {
      if (uniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  static boolean uniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().equals("23505")) {
        return true;
      }
    }
    return false;
  }
}
