package com.valorivx.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token-bucket arithmetic against a hand-driven clock (milliseconds). */
class TokenBucketTest {

  /** Burst 10, refill 1 token a minute: the trial plan. */
  static final int BURST = 10;
  static final int PER_MINUTE = 1;

  private final AtomicLong clock = new AtomicLong(1_000_000L);
  private long[] state;

  private TokenBucket.Decision take(int burst, int perMinute) {
    long[] after = TokenBucket.take(state, burst, perMinute, clock.get());
    state = new long[] {after[0], after[1]};
    return TokenBucket.decide(after, burst, perMinute);
  }

  @Test
  void aFullBucketGrantsExactlyBurstThenRefuses() {
    for (int i = 1; i <= BURST; i++) {
      TokenBucket.Decision decision = take(BURST, PER_MINUTE);
      assertThat(decision.allowed()).isTrue();
      assertThat(decision.remaining()).isEqualTo(BURST - i);
    }
    TokenBucket.Decision refused = take(BURST, PER_MINUTE);
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.remaining()).isZero();
    // One token a minute: the next one is 60 s away, a full bucket 10 minutes away.
    assertThat(refused.retryAfterSeconds()).isEqualTo(60);
    assertThat(refused.resetSeconds()).isEqualTo(600);
  }

  @Test
  void refillIsExactPerMillisecondAndCappedAtBurst() {
    for (int i = 0; i < BURST; i++) {
      take(BURST, PER_MINUTE);
    }
    clock.addAndGet(59_999);
    assertThat(take(BURST, PER_MINUTE).allowed()).as("1 ms short of a token").isFalse();
    clock.addAndGet(1);
    TokenBucket.Decision one = take(BURST, PER_MINUTE);
    assertThat(one.allowed()).isTrue();
    assertThat(one.remaining()).isZero();
    clock.addAndGet(24L * 3600 * 1000);
    TokenBucket.Decision rested = take(BURST, PER_MINUTE);
    assertThat(rested.remaining()).as("a day of rest fills the bucket, never beyond").isEqualTo(BURST - 1);
    assertThat(rested.resetSeconds()).isEqualTo(60);
  }

  @Test
  void fastPlanRefillsFractionsOfTokens() {
    // 60 000 a minute is 1 token per millisecond.
    state = TokenBucket.full(5, clock.get());
    for (int i = 0; i < 5; i++) {
      take(5, 60_000);
    }
    assertThat(take(5, 60_000).allowed()).isFalse();
    clock.addAndGet(3);
    assertThat(take(5, 60_000).remaining()).isEqualTo(2);
  }

  @Test
  void clockSteppingBackRefillsNothing() {
    take(BURST, PER_MINUTE);
    clock.addAndGet(-3_600_000);
    TokenBucket.Decision decision = take(BURST, PER_MINUTE);
    assertThat(decision.remaining()).isEqualTo(BURST - 2);
  }

  @Test
  void lowerCapacityAfterAPlanChangeClampsTheTokensHeld() {
    take(BURST, PER_MINUTE);
    TokenBucket.Decision smaller = take(3, PER_MINUTE);
    assertThat(smaller.remaining()).isEqualTo(2);
  }

  @Test
  void theStricterAnswerWins() {
    TokenBucket.Decision roomy = new TokenBucket.Decision(true, 100, 50, 3, 0);
    TokenBucket.Decision tight = new TokenBucket.Decision(true, 10, 1, 540, 0);
    TokenBucket.Decision refused = new TokenBucket.Decision(false, 10, 0, 600, 60);
    assertThat(roomy.stricter(tight)).isEqualTo(tight);
    assertThat(tight.stricter(roomy)).isEqualTo(tight);
    assertThat(roomy.stricter(refused)).isEqualTo(refused);
    assertThat(refused.stricter(tight)).isEqualTo(refused);
  }
}
