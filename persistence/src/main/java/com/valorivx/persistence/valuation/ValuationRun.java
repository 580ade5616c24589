package com.valorivx.persistence.valuation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One model run of a tenant: the inputs and the result as JSON and the engine version that
 * produced them, so the run can be reproduced. Runs are immutable once stored.
 */
@Entity
@Table(name = "valuation_run")
public class ValuationRun {

  @Id
  private UUID id;

  @Column(name = "tenant_id", nullable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String kind;

  private String name;

  private String ticker;

  @Column(name = "inputs_json", nullable = false)
  private String inputsJson;

  @Column(name = "result_json", nullable = false)
  private String resultJson;

  @Column(name = "engine_version", nullable = false)
  private String engineVersion;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ValuationRun() {
  }

  public ValuationRun(UUID id, UUID tenantId, String kind, String name, String ticker, String inputsJson,
      String resultJson, String engineVersion, String createdBy, Instant createdAt) {
    this.id = id;
    this.tenantId = tenantId;
    this.kind = kind;
    this.name = name;
    this.ticker = ticker;
    this.inputsJson = inputsJson;
    this.resultJson = resultJson;
    this.engineVersion = engineVersion;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
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

  public String getTicker() {
    return ticker;
  }

  public String getInputsJson() {
    return inputsJson;
  }

  public String getResultJson() {
    return resultJson;
  }

  public String getEngineVersion() {
    return engineVersion;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
