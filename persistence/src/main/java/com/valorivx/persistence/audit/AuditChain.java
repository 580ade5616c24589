package com.valorivx.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The head of one tenant's audit hash chain: the last sequence number and hash, the tenant's legal
 * hold, and the signed checkpoint of the prefix retention has purged (sequence 0 and the genesis
 * hash while nothing was purged). Appends lock this row, so the chain cannot fork.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChain {

  /** The hash a chain starts from: 64 zeros. */
  public static final String GENESIS_HASH = "0".repeat(64);

  @Id
  @Column(name = "tenant_id")
  private UUID tenantId;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false)
  private String lastHash;

  @Column(name = "legal_hold", nullable = false)
  private boolean legalHold;

  @Column(name = "legal_hold_reason")
  private String legalHoldReason;

  @Column(name = "checkpoint_seq", nullable = false)
  private long checkpointSeq;

  @Column(name = "checkpoint_hash", nullable = false)
  private String checkpointHash;

  @Column(name = "checkpoint_signature")
  private String checkpointSignature;

  @Column(name = "checkpoint_at")
  private Instant checkpointAt;

  protected AuditChain() {
  }

  public AuditChain(UUID tenantId) {
    this.tenantId = tenantId;
    this.lastHash = GENESIS_HASH;
    this.checkpointHash = GENESIS_HASH;
  }

  /** Moves the head to the entry just appended. */
  public void advance(long seq, String hash) {
    this.lastSeq = seq;
    this.lastHash = hash;
  }

  public void hold(boolean enabled, String reason) {
    this.legalHold = enabled;
    this.legalHoldReason = enabled ? reason : null;
  }

  /** Records that every entry up to {@code seq} (whose hash was {@code hash}) was purged. */
  public void checkpoint(long seq, String hash, String signature, Instant at) {
    this.checkpointSeq = seq;
    this.checkpointHash = hash;
    this.checkpointSignature = signature;
    this.checkpointAt = at;
  }

  public UUID getTenantId() {
    return tenantId;
  }

  public long getLastSeq() {
    return lastSeq;
  }

  public String getLastHash() {
    return lastHash;
  }

  public boolean isLegalHold() {
    return legalHold;
  }

  public String getLegalHoldReason() {
    return legalHoldReason;
  }

  public long getCheckpointSeq() {
    return checkpointSeq;
  }

  public String getCheckpointHash() {
    return checkpointHash;
  }

  public String getCheckpointSignature() {
    return checkpointSignature;
  }

  public Instant getCheckpointAt() {
    return checkpointAt;
  }
}
