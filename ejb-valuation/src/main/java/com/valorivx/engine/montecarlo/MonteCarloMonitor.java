package com.valorivx.engine.montecarlo;

/**
 * Watches a simulation: hears its progress and may stop it. {@link #progress} is called from the
 * thread that called the engine only, after each of its blocks and while it waits for the others;
 * {@link #cancelled} is read by every worker before each block, so it must be cheap and thread-safe.
 */
public interface MonteCarloMonitor {

  /** A monitor that ignores progress and never cancels. */
  MonteCarloMonitor NONE = new MonteCarloMonitor() {
  };

  /** {@code pathsDone} of {@code paths} have been simulated. */
  default void progress(long pathsDone, long paths) {
  }

  /** True to stop the simulation at the next block boundary. */
  default boolean cancelled() {
    return false;
  }
}
