package com.valorivx.job;

import java.util.UUID;

/**
 * The work of a job, run on a managed thread outside any transaction. It answers the job's
 * outcome; {@link JobCancelledException} stops it as cancelled, an
 * {@link IllegalArgumentException} or {@link com.valorivx.engine.common.ModelNotSolvableException}
 * fails it with its message, anything else fails it with a generic message (details go to the log).
 */
@FunctionalInterface
public interface JobWork {

  JobOutcome run(UUID jobId, JobContext context);
}
