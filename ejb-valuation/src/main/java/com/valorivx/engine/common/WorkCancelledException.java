package com.valorivx.engine.common;

/** Long engine work stopped because its {@link WorkMonitor} asked it to; no result exists. */
public class WorkCancelledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WorkCancelledException(long done, long total, String unit) {
    super("cancelled after " + done + " of " + total + " " + unit);
  }
}
