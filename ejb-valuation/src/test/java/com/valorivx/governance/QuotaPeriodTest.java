package com.valorivx.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Quota periods are calendar months in UTC. */
class QuotaPeriodTest {

  @Test
  void periodIsTheUtcMonth() {
    assertThat(QuotaPeriod.of(Instant.parse("2026-12-31T23:59:59.999Z"))).isEqualTo("2026-12");
    assertThat(QuotaPeriod.of(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo("2027-01");
  }

  @Test
  void resetIsTheFirstInstantOfTheNextMonth() {
    assertThat(QuotaPeriod.end(Instant.parse("2026-12-06T19:30:00Z"))).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    // 2028 is a leap year: February has 29 days.
    assertThat(QuotaPeriod.end(Instant.parse("2028-02-10T00:00:00Z"))).isEqualTo(Instant.parse("2028-03-01T00:00:00Z"));
  }

  @Test
  void secondsToResetRoundUpAndNeverReachZero() {
    // 31 December 23:00 → 1 hour = 3600 s.
    assertThat(QuotaPeriod.secondsToReset(Instant.parse("2026-12-31T23:00:00Z"))).isEqualTo(3600);
    assertThat(QuotaPeriod.secondsToReset(Instant.parse("2026-12-31T23:59:59.001Z"))).isEqualTo(1);
    // Whole of December 2026 from its first instant: 31 × 86 400.
    assertThat(QuotaPeriod.secondsToReset(Instant.parse("2026-12-01T00:00:00Z"))).isEqualTo(31L * 86_400);
  }
}
