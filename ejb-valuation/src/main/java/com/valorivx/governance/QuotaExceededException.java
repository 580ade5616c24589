package com.valorivx.governance;

import jakarta.ejb.ApplicationException;

/**
 * The call would take the tenant beyond a quota of its plan (HTTP 429 naming {@code quota}); the
 * transaction that would have stored the work rolls back.
 */
@ApplicationException(rollback = true)
public class QuotaExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Quota quota;
  private final long limit;
  private final long requested;
  private final long resetSeconds;

  public QuotaExceededException(Quota quota, long limit, long requested, long resetSeconds) {
    super("the " + quota.apiName() + " quota of " + limit + (quota == Quota.SEATS ? "" : " per month")
        + " does not allow " + requested + " more" + (quota == Quota.SEATS ? "" : "; it resets in " + resetSeconds + " s"));
    this.quota = quota;
    this.limit = limit;
    this.requested = requested;
    this.resetSeconds = resetSeconds;
  }

  public Quota quota() {
    return quota;
  }

  public long limit() {
    return limit;
  }

  public long requested() {
    return requested;
  }

  public long resetSeconds() {
    return resetSeconds;
  }
}
