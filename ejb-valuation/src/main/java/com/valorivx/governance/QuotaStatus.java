package com.valorivx.governance;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the current request did to its quotas: filled by {@link QuotaService} when it consumes,
 * checks or refuses, read by the REST boundary to answer {@code X-Quota-Name}, {@code X-Quota-Limit},
 * {@code X-Quota-Remaining} and {@code X-Quota-Reset}. A call that counts against several quotas (a
 * Monte Carlo run takes paths and a valuation) reports the one it refused, else the one with the
 * smallest share of its limit left: the one the caller will run into first. Empty on requests that
 * count against no quota.
 */
@RequestScoped
public class QuotaStatus {

  private Quota quota;
  private long limit;
  private long remaining;
  private long resetSeconds;
  private boolean refused;

  void record(Quota quota, long limit, long remaining, long resetSeconds, boolean refused) {
    long left = Math.max(0, remaining);
    boolean tighter = this.quota == null || share(left, limit) < share(this.remaining, this.limit);
    if (this.refused || !(refused || tighter)) {
      return;
    }
    this.quota = quota;
    this.limit = limit;
    this.remaining = left;
    this.resetSeconds = resetSeconds;
    this.refused = refused;
  }

  private static double share(long left, long limit) {
    return limit <= 0 ? 0 : (double) left / limit;
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
