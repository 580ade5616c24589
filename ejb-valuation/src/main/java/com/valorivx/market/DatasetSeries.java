package com.valorivx.market;

import java.time.LocalDate;
import java.util.List;

/** One symbol of a data set, oldest first: what a forecast starts from. */
public record DatasetSeries(DatasetView dataset, String symbol, List<LocalDate> dates, List<Double> values) {

  public DatasetSeries {
    dates = List.copyOf(dates);
    values = List.copyOf(values);
  }
}
