package com.valorivx.engine.montecarlo;

/** The simulation stopped because its {@link MonteCarloMonitor} asked it to; no result exists. */
public class MonteCarloCancelledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MonteCarloCancelledException(long pathsDone, long paths) {
    super("cancelled after " + pathsDone + " of " + paths + " paths");
  }
}
