package com.valorivx.governance;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the current request did to a quota: filled by {@link QuotaService} when it consumes (or
 * refuses), read by the REST boundary to answer {@code X-Quota-Limit}, {@code X-Quota-Remaining} and
 * {@code X-Quota-Reset}. Empty on requests that count against no quota.
 */
@RequestScoped
public class QuotaStatus {

  private Quota quota;
  private long limit;
  private long remaining;
  private long resetSeconds;

  void record(Quota quota, long limit, long remaining, long resetSeconds) {
    this.quota = quota;
    this.limit = limit;
    this.remaining = Math.max(0, remaining);
    this.resetSeconds = resetSeconds;
  }

  public boolean counted() {
    return quota != null;
  }

  public Quota quota() {
    return quota;
  }

  public long limit() {
    return limit;
  }

  public long remaining() {
    return remaining;
  }

  public long resetSeconds() {
    return resetSeconds;
  }
}
