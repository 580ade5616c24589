package com.valorivx.job;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start, after the schema migration: no job can still be running, so any job a previous server
 * left QUEUED or RUNNING is marked FAILED, "interrupted by a server restart". (With several servers
 * on one database this would also fail the others' jobs; jobs then need an owner column.)
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class JobRecovery {

  /** The error of a job a restart interrupted. */
  public static final String INTERRUPTED = "interrupted by a server restart";

  private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

  @Inject
  JobStore store;

  @PostConstruct
  void failInterruptedJobs() {
    int failed = store.failAllActive(INTERRUPTED);
    if (failed > 0) {
      LOG.warning(() -> failed + " jobs left unfinished by the previous server were marked FAILED");
    }
  }
}
