package com.valorivx.governance;

/**
 * Token-bucket arithmetic, pure and exact: capacity {@code burst} tokens, refilled at
 * {@code perMinute} tokens a minute. Tokens are counted in units of 1/60 000 of a token, so one
 * millisecond refills exactly {@code perMinute} units and no rounding ever drifts. The state is two
 * longs, {@code [units, lastRefillMillis]} (what the shared cache stores).
 */
public final class TokenBucket {

  /** Units in one token: the milliseconds in a minute. */
  public static final long UNITS_PER_TOKEN = 60_000L;

  private TokenBucket() {
  }

  /** A full bucket at {@code nowMillis}. */
  public static long[] full(int burst, long nowMillis) {
    return new long[] {burst * UNITS_PER_TOKEN, nowMillis};
  }

  /**
   * Refills {@code state} up to {@code nowMillis} and takes one token if there is one. Answers the
   * new state; the decision follows from it with {@link #decide}. A clock that steps back refills
   * nothing. A capacity lowered by a plan change clamps the tokens held.
   */
  public static long[] take(long[] state, int burst, int perMinute, long nowMillis) {
    long[] refilled = refill(state, burst, perMinute, nowMillis);
    if (refilled[0] >= UNITS_PER_TOKEN) {
      return new long[] {refilled[0] - UNITS_PER_TOKEN, refilled[1], 1};
    }
    return new long[] {refilled[0], refilled[1], 0};
  }

  static long[] refill(long[] state, int burst, int perMinute, long nowMillis) {
    long capacity = burst * UNITS_PER_TOKEN;
    if (state == null) {
      return full(burst, nowMillis);
    }
    long elapsed = Math.max(0, nowMillis - state[1]);
    // Past the time to fill from empty the bucket is full; capping first keeps the product small.
    long fillMillis = capacity / perMinute + 1;
    long units = Math.min(capacity, state[0] + Math.min(elapsed, fillMillis) * perMinute);
    return new long[] {units, Math.max(state[1], nowMillis)};
  }

  /** What {@link #take} decided, in the terms of the rate-limit headers. */
  public static Decision decide(long[] afterTake, int burst, int perMinute) {
    long units = afterTake[0];
    boolean allowed = afterTake.length > 2 && afterTake[2] == 1;
    long capacity = burst * UNITS_PER_TOKEN;
    long remaining = units / UNITS_PER_TOKEN;
    long resetSeconds = ceilDiv(ceilDiv(capacity - units, perMinute), 1000);
    long retryAfterSeconds = allowed ? 0 : Math.max(1, ceilDiv(ceilDiv(UNITS_PER_TOKEN - units, perMinute), 1000));
    return new Decision(allowed, burst, remaining, resetSeconds, retryAfterSeconds);
  }

  private static long ceilDiv(long a, long b) {
    return a <= 0 ? 0 : (a + b - 1) / b;
  }

  /**
   * One bucket's answer.
   *
   * @param limit the bucket's capacity
   * @param remaining whole tokens left
   * @param resetSeconds seconds until the bucket is full again
   * @param retryAfterSeconds when refused, seconds until one token is back; 0 when allowed
   */
  public record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {

    /** The stricter of two answers: refused beats allowed, then fewer tokens left. */
    public Decision stricter(Decision other) {
      if (allowed != other.allowed) {
        return allowed ? other : this;
      }
      if (!allowed) {
        return retryAfterSeconds >= other.retryAfterSeconds ? this : other;
      }
      return remaining <= other.remaining ? this : other;
    }
  }
}
