package com.valorivx.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private final Formats fmt = new Formats();

  @Test
  void resultsReadAsAPersonWritesThem() {
    assertThat(fmt.amount(1792.2062)).isEqualTo("1,792.21");
    assertThat(fmt.amount(15.9221)).isEqualTo("15.92");
    assertThat(fmt.amount(-3.005)).isEqualTo("-3.01");
    assertThat(fmt.percent(0.08385)).isEqualTo("8.39%");
    assertThat(fmt.factor(1 / 1.1)).isEqualTo("0.9091");
    assertThat(fmt.multiple(10.0)).isEqualTo("10.0x");
    assertThat(fmt.instant(Instant.parse("2025-10-01T14:03:59Z"))).isEqualTo("2025-10-01 14:03 UTC");
  }

  @Test
  void missingValuesReadNotAvailable() {
    assertThat(fmt.amount(null)).isEqualTo("n/a");
    assertThat(fmt.amount(Double.NaN)).isEqualTo("n/a");
    assertThat(fmt.multiple(null)).isEqualTo("n/a");
    assertThat(fmt.instant(null)).isEqualTo("n/a");
  }
}
