package com.valorivx.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One recorded mutation of a tenant, link {@code seq} of the tenant's hash chain. Written once and
 * never changed, except for its legal hold, which is not part of the hash.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private long seq;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(updatable = false)
  private String target;

  @Column(name = "request_id", updatable = false)
  private String requestId;

  @Column(nullable = false, updatable = false)
  private String outcome;

  @Column(name = "details_json", nullable = false, updatable = false)
  private String detailsJson;

  @Column(name = "prev_hash", nullable = false, updatable = false)
  private String prevHash;

  @Column(nullable = false, updatable = false)
  private String hash;

  @Column(name = "legal_hold", nullable = false)
  private boolean legalHold;

  @Column(name = "legal_hold_reason")
  private String legalHoldReason;

  protected AuditEntry() {
  }

  public AuditEntry(AuditRecord record) {
    this.id = record.id();
    this.tenantId = record.tenantId();
    this.seq = record.seq();
    this.occurredAt = record.occurredAt();
    this.actor = record.actor();
    this.action = record.action();
    this.target = record.target();
    this.requestId = record.requestId();
    this.outcome = record.outcome();
    this.detailsJson = record.detailsJson();
    this.prevHash = record.prevHash();
    this.hash = record.hash();
    this.legalHold = record.legalHold();
    this.legalHoldReason = record.legalHoldReason();
  }

  public void hold(boolean enabled, String reason) {
    this.legalHold = enabled;
    this.legalHoldReason = enabled ? reason : null;
  }

  public UUID getId() {
    return id;
  }

  public UUID getTenantId() {
    return tenantId;
  }

  public long getSeq() {
    return seq;
  }

  public boolean isLegalHold() {
    return legalHold;
  }
}
