package com.valorivx.persistence.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A refresh token handed to a client. Only the SHA-256 of the token is kept; a token is
 * revoked the moment it is used, so each one works once. Tokens handed out by refreshing
 * one sign-in form a family, revoked together when a used token comes back (it was stolen).
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

  @Id
  private UUID id;

  @Column(name = "tenant_id", nullable = false)
  private UUID tenantId;

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(name = "family_id", nullable = false)
  private UUID familyId;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected RefreshToken() {
  }

  /**
   * A token of the family {@code familyId}: a sign-in starts a family, each refresh hands out the
   * next token of the same family.
   */
  public RefreshToken(UUID tenantId, UUID userId, UUID familyId, String tokenHash, Instant issuedAt,
      Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.familyId = familyId;
    this.tenantId = tenantId;
    this.userId = userId;
    this.tokenHash = tokenHash;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  /** Usable when neither revoked nor expired at {@code now}. */
  public boolean isUsableAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      this.revokedAt = now;
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public UUID getFamilyId() {
    return familyId;
  }

  public UUID getId() {
    return id;
  }

  public UUID getTenantId() {
    return tenantId;
  }

  public UUID getUserId() {
    return userId;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
