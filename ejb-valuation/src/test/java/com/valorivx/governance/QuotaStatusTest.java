package com.valorivx.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quota a response's headers describe when one call counts against several. */
class QuotaStatusTest {

  private final QuotaStatus status = new QuotaStatus();

  @Test
  void nothingCountedReportsNothing() {
    assertThat(status.counted()).isFalse();
  }

  @Test
  void theQuotaWithTheSmallestShareLeftIsReported() {
    status.record(Quota.MONTE_CARLO_PATHS, 5_000_000, 4_000_000, 60, false); // 80 % left
    status.record(Quota.VALUATIONS, 500, 499, 60, false); // 99.8 % left

    assertThat(status.quota()).isEqualTo(Quota.MONTE_CARLO_PATHS);
    assertThat(status.limit()).isEqualTo(5_000_000);
    assertThat(status.remaining()).isEqualTo(4_000_000);
  }

  @Test
  void aTighterQuotaRecordedLaterReplacesTheFirst() {
    status.record(Quota.MONTE_CARLO_PATHS, 5_000_000, 5_000_000, 60, false);
    status.record(Quota.VALUATIONS, 3, 1, 60, false);

    assertThat(status.quota()).isEqualTo(Quota.VALUATIONS);
    assertThat(status.remaining()).isEqualTo(1);
  }

  @Test
  void onATieTheFirstCheckedStays() {
    status.record(Quota.MONTE_CARLO_PATHS, 5_000_000, 5_000_000, 60, false);
    status.record(Quota.VALUATIONS, 500, 500, 60, false);

    assertThat(status.quota()).isEqualTo(Quota.MONTE_CARLO_PATHS);
  }

  @Test
  void theRefusingQuotaWinsWhateverCameBefore() {
    status.record(Quota.VALUATIONS, 3, 0, 60, false); // nothing left, but it did not refuse
    status.record(Quota.MONTE_CARLO_PATHS, 5_000_000, 100, 60, true);
    status.record(Quota.VALUATIONS, 3, 0, 60, false);

    assertThat(status.quota()).isEqualTo(Quota.MONTE_CARLO_PATHS);
    assertThat(status.remaining()).isEqualTo(100);
  }

  @Test
  void aNegativeRemainderIsReportedAsNothingLeft() {
    status.record(Quota.VALUATIONS, 3, -2, 60, true);

    assertThat(status.remaining()).isZero();
  }
}
