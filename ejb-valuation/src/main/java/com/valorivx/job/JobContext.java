package com.valorivx.job;

import com.valorivx.engine.common.WorkMonitor;

/** What a running job's work sees: where to report progress, and whether to stop. */
public interface JobContext {

  /** Reports progress in [0, 1]; cheap to call often (it is persisted at intervals, not every call). */
  void progress(double fraction);

  /** True once the job was cancelled: the work should stop promptly. */
  boolean cancelled();

  /** This context as an engine's monitor: steps done become progress, a cancel stops the engine. */
  default WorkMonitor monitor() {
    JobContext context = this;
    return new WorkMonitor() {
      @Override
      public void progress(long done, long total) {
        context.progress(total == 0 ? 1 : (double) done / total);
      }

      @Override
      public boolean cancelled() {
        return context.cancelled();
      }
    };
  }
}
