package com.valorivx.persistence.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A customer organisation; every tenant-owned row points at one. */
@Entity
@Table(name = "tenant")
public class Tenant {

  /** Lifecycle of a tenant. */
  public enum Status { ACTIVE, SUSPENDED }

  @Id
  private UUID id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Tenant() {
  }

  public Tenant(String name) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.status = Status.ACTIVE;
    this.createdAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Status getStatus() {
    return status;
  }

  /** A suspended tenant's users cannot sign in, refresh, or use tokens they still hold. */
  public void suspend() {
    this.status = Status.SUSPENDED;
  }

  public void reactivate() {
    this.status = Status.ACTIVE;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
