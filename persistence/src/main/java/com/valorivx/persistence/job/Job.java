package com.valorivx.persistence.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A long piece of work of a tenant: its kind, status (QUEUED, RUNNING, SUCCEEDED, FAILED,
 * CANCELLED), progress in [0, 1], the request as JSON, and the result JSON or the error once done;
 * the server (node) that runs it and when that server last vouched for it (heartbeat).
 * Status changes go through {@link JobRepository}'s conditional updates, so a cancelled job is
 * never overwritten by the worker that was running it.
 */
@Entity
@Table(name = "job")
public class Job {

  @Id
  private UUID id;

  @Column(name = "tenant_id", nullable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private String status;

  @Column(nullable = false)
  private double progress;

  @Column(name = "request_json", nullable = false)
  private String requestJson;

  @Column(name = "result_json")
  private String resultJson;

  private String error;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  private String node;

  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  protected Job() {
  }

  /** A new job, QUEUED with no progress, to be run by the server {@code node}. */
  public Job(UUID id, UUID tenantId, String kind, String requestJson, String createdBy, Instant createdAt,
      String node) {
    this.id = id;
    this.tenantId = tenantId;
    this.kind = kind;
    this.status = "QUEUED";
    this.progress = 0;
    this.requestJson = requestJson;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.node = node;
    this.heartbeatAt = createdAt;
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

  public String getStatus() {
    return status;
  }

  public double getProgress() {
    return progress;
  }

  public String getRequestJson() {
    return requestJson;
  }

  public String getResultJson() {
    return resultJson;
  }

  public String getError() {
    return error;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public String getNode() {
    return node;
  }

  public Instant getHeartbeatAt() {
    return heartbeatAt;
  }
}
