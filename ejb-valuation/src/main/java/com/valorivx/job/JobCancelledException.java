package com.valorivx.job;

/** Thrown by a job's work when it saw {@link JobContext#cancelled()}. */
public class JobCancelledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public JobCancelledException(String message) {
    super(message);
  }
}
