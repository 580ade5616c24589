package com.valorivx.engine.common;

/**
 * Watches long engine work done in steps (scenario chunks, frontier points, series): hears how many
 * steps are done and may stop the work between two steps. Called from the engine's own thread.
 */
public interface WorkMonitor {

  /** A monitor that ignores progress and never cancels. */
  WorkMonitor NONE = new WorkMonitor() {
  };

  /** {@code done} of {@code total} steps are finished. */
  default void progress(long done, long total) {
  }

  /** True to stop the work before its next step. */
  default boolean cancelled() {
    return false;
  }

  /** Throws {@link WorkCancelledException} when cancelled; else reports {@code done} of {@code total}. */
  default void step(long done, long total, String unit) {
    if (cancelled()) {
      throw new WorkCancelledException(done, total, unit);
    }
    progress(done, total);
  }
}
