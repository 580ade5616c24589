package com.valorivx.job;

import com.valorivx.governance.Caller;
import com.valorivx.persistence.common.TenantId;
import com.valorivx.persistence.job.Job;
import com.valorivx.persistence.job.JobRepository;
import com.valorivx.valuation.RunStore;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * The job rows, each change in its own transaction: a job is created and committed before its work
 * is handed to the executor, and the worker's status changes commit at once so the API sees them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobStore {

  /** Longest error text kept (the column holds 2,000 characters). */
  static final int MAX_ERROR_LENGTH = 2000;

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject
  JobRepository jobs;

  @Inject
  RunStore runs;

  @Inject
  JobNode node;

  @Resource
  SessionContext session;

  /** A new QUEUED job of the caller's tenant holding the request, owned by this server; committed on return. */
  public UUID create(Caller caller, String kind, Object request) {
    UUID id = UUID.randomUUID();
    jobs.store(new Job(id, caller.tenant().value(), kind, JSON.toJson(request), caller.username(), now(),
        node.name()));
    return id;
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Job> find(TenantId tenant, UUID id) {
    return jobs.find(tenant, id);
  }

  public boolean start(UUID id) {
    return jobs.start(id, now());
  }

  public boolean progress(UUID id, double fraction) {
    return jobs.progress(id, fraction, now());
  }

  /**
   * Stores the outcome's run and marks the job SUCCEEDED with the run's result plus {@code runId};
   * if the job was cancelled meanwhile, nothing is stored and the answer is false.
   */
  public boolean succeed(UUID id, Caller caller, JobOutcome outcome) {
    UUID runId = runs.record(caller, outcome.runKind(), outcome.name(), outcome.ticker(), outcome.inputs(),
        outcome.result(), outcome.engineVersion());
    JsonObject result;
    try (JsonReader reader = Json.createReader(new StringReader(JSON.toJson(outcome.result())))) {
      result = Json.createObjectBuilder().add("runId", runId.toString()).addAll(
          Json.createObjectBuilder(reader.readObject())).build();
    }
    if (!jobs.succeed(id, result.toString(), now())) {
      session.setRollbackOnly();
      return false;
    }
    return true;
  }

  public boolean fail(UUID id, String error) {
    String text = error == null || error.isBlank() ? "the job failed" : error;
    return jobs.fail(id, text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text, now());
  }

  public boolean cancel(TenantId tenant, UUID id) {
    return jobs.cancel(tenant, id, now());
  }

  /** Fails this server's unfinished jobs (and those that name no server); answers how many. */
  public int failOwnActive(String reason) {
    return jobs.failActiveOf(node.name(), reason, now());
  }

  /** This server vouches for its unfinished jobs; answers how many. */
  public int beat() {
    return jobs.beat(node.name(), now());
  }

  /** Fails the unfinished jobs of any server whose heartbeat is older than {@code staleBefore}. */
  public int failStale(Instant staleBefore, String reason) {
    return jobs.failStale(staleBefore, reason, now());
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
