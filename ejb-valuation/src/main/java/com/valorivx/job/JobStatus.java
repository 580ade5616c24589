package com.valorivx.job;

/** Where a job stands; SUCCEEDED, FAILED and CANCELLED are final. */
public enum JobStatus {
  QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

  public boolean isFinal() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}
