package com.valorivx.api.market;

import com.valorivx.engine.market.PriceHistory;
import com.valorivx.market.DatasetDetail;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A data set with its observations: one row per date, values in the order of {@code dataset.symbols}. */
public record DatasetDetailResponse(DatasetResponse dataset, List<Row> observations) {

  /** The values of every symbol on one date. */
  public record Row(LocalDate date, List<Double> values) {
  }

  static DatasetDetailResponse of(DatasetDetail detail) {
    PriceHistory h = detail.history();
    List<Row> rows = new ArrayList<>(h.dates().size());
    for (int r = 0; r < h.dates().size(); r++) {
      List<Double> values = new ArrayList<>(h.symbols().size());
      for (double v : h.values()[r]) {
        values.add(v);
      }
      rows.add(new Row(h.dates().get(r), List.copyOf(values)));
    }
    return new DatasetDetailResponse(DatasetResponse.of(detail.dataset()), List.copyOf(rows));
  }
}
