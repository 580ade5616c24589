package com.valorivx.persistence.scenario;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A named set of inputs for one model of a tenant (its {@code kind}, e.g. DCF), which people
 * edit, run and compare. {@link #getVersion()} is the optimistic lock: an edit made on a stale
 * version is refused, so two editors never overwrite each other unseen.
 */
@Entity
@Table(name = "scenario")
public class Scenario {

  @Id
  private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private String kind;

  @Column(nullable = false)
  private String name;

  @Column(name = "inputs_json", nullable = false)
  private String inputsJson;

  @Version
  private long version;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Scenario() {
  }

  public Scenario(UUID id, UUID tenantId, String kind, String name, String inputsJson, String createdBy,
      Instant createdAt) {
    this.id = id;
    this.tenantId = tenantId;
    this.kind = kind;
    this.name = name;
    this.inputsJson = inputsJson;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.updatedBy = createdBy;
    this.updatedAt = createdAt;
  }

  /** Renames the scenario and replaces its inputs; the version moves on at the next flush. */
  public void revise(String newName, String newInputsJson, String by, Instant at) {
    this.name = newName;
    this.inputsJson = newInputsJson;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getTenantId() {
    return tenantId;
  }

  public String getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getInputsJson() {
    return inputsJson;
  }

  public long getVersion() {
    return version;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
