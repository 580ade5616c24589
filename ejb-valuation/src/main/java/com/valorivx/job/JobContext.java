package com.valorivx.job;

/** What a running job's work sees: where to report progress, and whether to stop. */
public interface JobContext {

  /** Reports progress in [0, 1]; cheap to call often (it is persisted at intervals, not every call). */
  void progress(double fraction);

  /** True once the job was cancelled: the work should stop promptly. */
  boolean cancelled();
}
