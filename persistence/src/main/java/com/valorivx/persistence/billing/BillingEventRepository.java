package com.valorivx.persistence.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Billing events as received from the payment provider, once per provider event id. */
@ApplicationScoped
public class BillingEventRepository {

  @PersistenceContext(unitName = "valor")
  EntityManager em;

  /**
   * Inserts the event; a second event with the same {@code eventId} fails on the UNIQUE constraint
   * {@code uq_billing_event_event_id} (the caller maps that to "duplicate").
   */
  public void insert(UUID id, String eventId, String type, UUID tenant, BigDecimal amount, String currency,
      OffsetDateTime occurredAt, OffsetDateTime receivedAt, String payload) {
    em.createNativeQuery("insert into billing_event (id, event_id, event_type, tenant_id, amount, currency, "
            + "occurred_at, received_at, payload) values (?1, ?2, ?3, cast(?4 as uuid), ?5, ?6, ?7, ?8, ?9)")
        .setParameter(1, id).setParameter(2, eventId).setParameter(3, type).setParameter(4, tenant)
        .setParameter(5, amount).setParameter(6, currency).setParameter(7, occurredAt).setParameter(8, receivedAt)
        .setParameter(9, payload).executeUpdate();
    em.flush();
  }

  public long countByEventId(String eventId) {
    return ((Number) em.createNativeQuery("select count(*) from billing_event where event_id = ?1")
        .setParameter(1, eventId).getSingleResult()).longValue();
  }

  /** Sum of amounts per tenant and currency for events that occurred in [from, to). */
  public List<BilledRow> billed(OffsetDateTime from, OffsetDateTime to) {
    return em.createNativeQuery("select tenant_id, currency, sum(amount), count(*) from billing_event "
            + "where tenant_id is not null and occurred_at >= ?1 and occurred_at < ?2 group by tenant_id, currency")
        .setParameter(1, from).setParameter(2, to).getResultList().stream()
        .map(row -> {
          Object[] c = (Object[]) row;
          return new BilledRow(UsageRepository.uuid(c[0]), (String) c[1], PlanRepository.decimal(c[2]),
              ((Number) c[3]).longValue());
        }).toList();
  }

  /** Billed amount of one tenant in one currency. */
  public record BilledRow(UUID tenant, String currency, BigDecimal amount, long events) {
  }
}
