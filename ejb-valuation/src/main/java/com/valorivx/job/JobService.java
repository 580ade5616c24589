package com.valorivx.job;

import com.valorivx.audit.Audited;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.persistence.job.Job;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

/**
 * Jobs of a caller's tenant: submit work, read a job, cancel it. The work runs on the container's
 * default managed executor, outside the submitting request and its transaction. No transaction of
 * its own: each {@link JobStore} call commits by itself, and every read sees the latest commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobService {

  @Resource
  ManagedExecutorService executor;

  @Inject
  JobStore store;

  @Inject
  JobRunner runner;

  @Inject
  JobRegistry registry;

  /**
   * Creates a QUEUED job of the caller's tenant holding {@code request} and hands {@code work} to
   * the executor; answers the job's id. The caller's roles are checked by the model's service.
   */
  @Audited("job.create")
  public UUID submit(Caller caller, String kind, Object request, JobWork work) {
    UUID id = store.create(caller, kind, request);
    registry.register(id);
    try {
      executor.submit(() -> runner.execute(id, caller, work));
    } catch (RejectedExecutionException busy) {
      registry.remove(id);
      store.fail(id, "the server is too busy to start the job; try again later");
    }
    return id;
  }

  /** The job if it belongs to the caller's tenant; a running job shows its live progress. */
  public Optional<JobView> find(Caller caller, UUID id) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST, Role.VIEWER);
    return store.find(caller.tenant(), id).map(this::view);
  }

  /**
   * Cancels a QUEUED or RUNNING job of the caller's tenant (the work stops at its next check) and
   * answers the job as it now stands; a finished job is left as it was. Empty when the tenant has
   * no such job.
   */
  @Audited("job.cancel")
  public Optional<JobView> cancel(Caller caller, UUID id) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    if (store.find(caller.tenant(), id).isEmpty()) {
      return Optional.empty();
    }
    if (store.cancel(caller.tenant(), id)) {
      registry.cancel(id);
    }
    return find(caller, id);
  }

  private JobView view(Job job) {
    JobStatus status = JobStatus.valueOf(job.getStatus());
    double progress = job.getProgress();
    if (status == JobStatus.RUNNING) {
      progress = registry.find(job.getId()).map(live -> Math.max(live.progress(), job.getProgress()))
          .orElse(progress);
    }
    return new JobView(job.getId(), job.getKind(), status, progress, job.getResultJson(), job.getError(),
        job.getCreatedAt(), job.getStartedAt(), job.getFinishedAt());
  }
}
