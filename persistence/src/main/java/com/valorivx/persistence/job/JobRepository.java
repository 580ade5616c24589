package com.valorivx.persistence.job;

import com.valorivx.persistence.common.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Jobs. Reads for the boundaries filter on the tenant; the status changes made by the worker are
 * conditional updates on the current status (a job moves QUEUED → RUNNING → SUCCEEDED/FAILED, or to
 * CANCELLED from QUEUED or RUNNING), each answering whether it applied. Starting, progress and the
 * owner's periodic {@link #beat} refresh a job's heartbeat.
 */
@ApplicationScoped
public class JobRepository {

  private static final String ACTIVE = " and status in ('QUEUED', 'RUNNING')";

  @PersistenceContext(unitName = "valor")
  EntityManager em;

  public Job store(Job job) {
    em.persist(job);
    return job;
  }

  public Optional<Job> find(TenantId tenant, UUID id) {
    return em.createQuery("select j from Job j where j.tenantId = :tenant and j.id = :id", Job.class)
        .setParameter("tenant", tenant.value())
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** QUEUED → RUNNING; false when the job is no longer queued (e.g. cancelled meanwhile). */
  public boolean start(UUID id, Instant now) {
    return update("update job set status = 'RUNNING', started_at = ?1, heartbeat_at = ?1 where id = ?2"
        + " and status = 'QUEUED'", utc(now), id) == 1;
  }

  /** Records progress of a RUNNING job; false when it is no longer running (cancelled elsewhere). */
  public boolean progress(UUID id, double progress, Instant now) {
    return update("update job set progress = ?1, heartbeat_at = ?2 where id = ?3 and status = 'RUNNING'",
        progress, utc(now), id) == 1;
  }

  /** Refreshes the heartbeat of every QUEUED or RUNNING job of the server {@code node}; answers how many. */
  public int beat(String node, Instant now) {
    return update("update job set heartbeat_at = ?1 where node = ?2" + ACTIVE, utc(now), node);
  }

  /** RUNNING → SUCCEEDED with the result; false when the job was cancelled meanwhile. */
  public boolean succeed(UUID id, String resultJson, Instant now) {
    return update("update job set status = 'SUCCEEDED', progress = 1, result_json = ?1, finished_at = ?2"
        + " where id = ?3 and status = 'RUNNING'", resultJson, utc(now), id) == 1;
  }

  /** QUEUED or RUNNING → FAILED with the reason; false when the job had already finished. */
  public boolean fail(UUID id, String error, Instant now) {
    return update("update job set status = 'FAILED', error = ?1, finished_at = ?2 where id = ?3" + ACTIVE,
        error, utc(now), id) == 1;
  }

  /** QUEUED or RUNNING → CANCELLED for a job of the tenant; false when it had already finished. */
  public boolean cancel(TenantId tenant, UUID id, Instant now) {
    return update("update job set status = 'CANCELLED', finished_at = ?1 where tenant_id = ?2 and id = ?3" + ACTIVE,
        utc(now), tenant.value(), id) == 1;
  }

  /**
   * Fails every QUEUED or RUNNING job of the server {@code node}, and those that name no server (from
   * before servers were recorded), with the reason; answers how many.
   */
  public int failActiveOf(String node, String error, Instant now) {
    return update("update job set status = 'FAILED', error = ?1, finished_at = ?2 where (node = ?3 or node is null)"
        + ACTIVE, error, utc(now), node);
  }

  /** Fails every QUEUED or RUNNING job whose heartbeat is older than {@code staleBefore}; answers how many. */
  public int failStale(Instant staleBefore, String error, Instant now) {
    return update("update job set status = 'FAILED', error = ?1, finished_at = ?2 where heartbeat_at < ?3"
        + ACTIVE, error, utc(now), utc(staleBefore));
  }

  // Native updates: conditional on the current status, and binding the timestamp as the
  // OffsetDateTime both drivers store natively (the entity's converter does not reach JPQL parameters).
  private int update(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
