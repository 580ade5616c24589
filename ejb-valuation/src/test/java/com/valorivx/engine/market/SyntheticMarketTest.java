package com.valorivx.engine.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class SyntheticMarketTest {

  /** SYNA's first simulated close from the sample seed, as generated when the sample was introduced. */
  private static final double PINNED_FIRST_CLOSE = 99.31237249286895;

  @Test
  void sameSeedSameSeries() {
    PriceHistory a = SyntheticMarket.prices(7);
    PriceHistory b = SyntheticMarket.prices(7);
    assertThat(a.dates()).isEqualTo(b.dates());
    assertThat(a.values()).isDeepEqualTo(b.values());
    assertThat(SyntheticMarket.revenue(7).values()).isDeepEqualTo(SyntheticMarket.revenue(7).values());
  }

  @Test
  void otherSeedOtherSeries() {
    assertThat(SyntheticMarket.prices(7).values()[100]).isNotEqualTo(SyntheticMarket.prices(8).values()[100]);
  }

  @Test
  void sampleCoversThreeYearsOfBusinessDays() {
    PriceHistory h = SyntheticMarket.samplePrices();
    // 2022: 260 weekdays, 2023: 260, 2024: 262
    assertThat(h.dates()).hasSize(782);
    assertThat(h.dates()).allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    assertThat(h.symbols()).containsExactly("SYNA", "SYNB", "SYNC", "SYND", "SYNE");
    for (double[] row : h.values()) {
      for (double v : row) {
        assertThat(v).isPositive().isFinite();
      }
    }
    assertThat(h.values()[0]).containsOnly(SyntheticMarket.START_PRICE);
    // pinned: the first simulated close of SYNA; a change to the generator or seed shows here
    assertThat(h.values()[1][0]).isEqualTo(PINNED_FIRST_CLOSE);
  }

  @Test
  void revenueIsAnnualAndPositive() {
    PriceHistory r = SyntheticMarket.sampleRevenue();
    assertThat(r.dates()).hasSize(10);
    assertThat(r.dates().get(0).getYear()).isEqualTo(2015);
    for (double[] row : r.values()) {
      for (double v : row) {
        assertThat(v).isPositive();
      }
    }
  }
}
