package com.valorivx.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.persistence.tenant.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The counting rule of one throttled subject: a window, a limit, a lock. */
class LoginThrottleTest {

  private static final Duration WINDOW = SignInThrottle.WINDOW;
  private static final Duration LOCK = SignInThrottle.LOCK;
  private static final int LIMIT = SignInThrottle.USER_LIMIT;
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void theFifthFailureInsideTheWindowLocksForTheLockPeriod() {
    LoginThrottle throttle = new LoginThrottle("user:alice", T0);
    for (int i = 1; i < LIMIT; i++) {
      assertThat(throttle.fail(T0.plusSeconds(i), WINDOW, LIMIT, LOCK)).isEqualTo(i);
      assertThat(throttle.isLockedAt(T0.plusSeconds(i))).isFalse();
    }
    Instant last = T0.plusSeconds(LIMIT);
    throttle.fail(last, WINDOW, LIMIT, LOCK);

    assertThat(throttle.isLockedAt(last)).isTrue();
    assertThat(throttle.isLockedAt(last.plus(LOCK).minusSeconds(1))).isTrue();
    assertThat(throttle.isLockedAt(last.plus(LOCK))).as("the lock ends").isFalse();
    // After the lock the count starts again.
    assertThat(throttle.failuresAt(last.plus(LOCK), WINDOW)).isZero();
  }

  @Test
  void failuresOlderThanTheWindowNoLongerCount() {
    LoginThrottle throttle = new LoginThrottle("addr:10.0.0.1", T0);
    for (int i = 0; i < LIMIT - 1; i++) {
      throttle.fail(T0.plusSeconds(i), WINDOW, LIMIT, LOCK);
    }
    Instant later = T0.plus(WINDOW).plusSeconds(1);

    assertThat(throttle.failuresAt(later, WINDOW)).isZero();
    assertThat(throttle.fail(later, WINDOW, LIMIT, LOCK)).as("a new window").isEqualTo(1);
    assertThat(throttle.isLockedAt(later)).isFalse();
  }
}
