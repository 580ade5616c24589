package com.valorivx.job;

import com.valorivx.governance.QuotaExceededException;
import com.valorivx.engine.common.ModelNotSolvableException;
import com.valorivx.engine.common.WorkCancelledException;
import com.valorivx.governance.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a job's work on a managed thread: QUEUED → RUNNING, progress persisted at most every
 * {@value #PERSIST_INTERVAL_MILLIS} ms, then SUCCEEDED (with its run stored) or FAILED; a cancelled
 * job is left CANCELLED.
 */
@ApplicationScoped
public class JobRunner {

  /** Least time between two progress writes of one job. */
  static final long PERSIST_INTERVAL_MILLIS = 200;

  private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

  @Inject
  JobStore store;

  @Inject
  JobRegistry registry;

  void execute(UUID id, Caller caller, JobWork work) {
    JobRegistry.Live live = registry.register(id);
    try {
      if (live.cancelled() || !store.start(id)) {
        return;
      }
      JobOutcome outcome = work.run(id, new Context(id, live));
      if (!store.succeed(id, caller, outcome)) {
        LOG.fine(() -> "job " + id + " was cancelled as it finished; its result was dropped");
      }
    } catch (JobCancelledException | WorkCancelledException stopped) {
      LOG.fine(() -> "job " + id + " stopped: " + stopped.getMessage());
    } catch (IllegalArgumentException | ModelNotSolvableException | QuotaExceededException rejected) {
      store.fail(id, rejected.getMessage());
    } catch (RuntimeException | Error unexpected) {
      LOG.log(Level.SEVERE, "job " + id + " failed", unexpected);
      store.fail(id, "the job failed unexpectedly (" + unexpected.getClass().getSimpleName() + "); see the server log");
    } finally {
      registry.remove(id);
    }
  }

  private final class Context implements JobContext {
    private final UUID id;
    private final JobRegistry.Live live;
    private long lastWrite = System.nanoTime();

    Context(UUID id, JobRegistry.Live live) {
      this.id = id;
      this.live = live;
    }

    @Override
    public void progress(double fraction) {
      live.progress(fraction);
      long now = System.nanoTime();
      if (now - lastWrite >= PERSIST_INTERVAL_MILLIS * 1_000_000 && fraction < 1) {
        lastWrite = now;
        if (!store.progress(id, fraction)) {
          live.cancel(); // cancelled through the database, perhaps from another server
        }
      }
    }

    @Override
    public boolean cancelled() {
      return live.cancelled();
    }
  }
}
