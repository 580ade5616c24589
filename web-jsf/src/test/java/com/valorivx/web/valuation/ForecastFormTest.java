package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.analytics.ForecastRequest;
import com.valorivx.engine.market.DatasetKind;
import com.valorivx.market.DatasetSeries;
import com.valorivx.market.DatasetView;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A market data series loaded into the forecast form. */
class ForecastFormTest {

  private static DatasetSeries series(String datasetName) {
    DatasetView view = new DatasetView(UUID.randomUUID(), datasetName, DatasetKind.FUNDAMENTALS, false,
        List.of("REV"), LocalDate.of(2022, 12, 31), LocalDate.of(2024, 12, 31), 3, null, "ana");
    return new DatasetSeries(view, "REV", List.of(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31),
        LocalDate.of(2024, 12, 31)), List.of(100.0, 110.0, 121.0));
  }

  @Test
  void theSeriesBecomesTheHistoryNamedAfterItsDataSetAndSymbol() {
    ForecastForm form = new ForecastForm();

    form.load(series("Revenue"));

    assertThat(form.getHistory()).containsExactly(100.0, 110.0, 121.0);
    assertThat(form.getName()).isEqualTo("Revenue – REV");
    assertThat(form.toRequest().values()).containsExactly(100.0, 110.0, 121.0);
  }

  @Test
  void aLongNameKeepsItsEndWithinTheLimit() {
    ForecastForm form = new ForecastForm();

    form.load(series("x".repeat(ForecastRequest.MAX_NAME_LENGTH)));

    assertThat(form.getName()).hasSize(ForecastRequest.MAX_NAME_LENGTH).endsWith(" – REV");
  }
}
