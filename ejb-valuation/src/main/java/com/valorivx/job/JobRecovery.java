package com.valorivx.job;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * No job is left QUEUED or RUNNING forever, with one server or several on one database:
 * <ul>
 *   <li>at start, after the schema migration, a server fails the jobs it owned before it stopped
 *       ("interrupted by a server restart"): none of them can still be running;</li>
 *   <li>every {@value #BEAT_SECONDS} s each server refreshes the heartbeat of the jobs it runs, and
 *       fails any job whose heartbeat is older than {@link #STALE_AFTER}: its server stopped and
 *       has not come back. Servers' clocks must agree to well within that period (NTP).</li>
 * </ul>
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class JobRecovery {

  /** The error of a job a restart interrupted. */
  public static final String INTERRUPTED = "interrupted by a server restart";

  /** The error of a job whose server stopped answering for it. */
  public static final String ABANDONED = "its server stopped before finishing it; run it again";

  /** Seconds between two heartbeats of a server's jobs. */
  static final int BEAT_SECONDS = 30;

  /** A job not vouched for this long is taken for abandoned: six missed heartbeats. */
  public static final Duration STALE_AFTER = Duration.ofSeconds(6L * BEAT_SECONDS);

  private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

  @Inject
  JobStore store;

  @PostConstruct
  void failInterruptedJobs() {
    int failed = store.failOwnActive(INTERRUPTED);
    if (failed > 0) {
      LOG.warning(() -> failed + " jobs left unfinished by this server before its restart were marked FAILED");
    }
  }

  @Schedule(hour = "*", minute = "*", second = "*/" + BEAT_SECONDS, persistent = false)
  void beat() {
    store.beat();
    int failed = store.failStale(Instant.now().minus(STALE_AFTER), ABANDONED);
    if (failed > 0) {
      LOG.warning(() -> failed + " jobs of a server that stopped answering were marked FAILED");
    }
  }
}
