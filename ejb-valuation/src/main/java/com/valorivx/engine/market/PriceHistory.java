package com.valorivx.engine.market;

import com.valorivx.engine.common.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * A dated table: one column per symbol, one row per date in strictly increasing order;
 * {@code values[row][column]} is the observation of {@code symbols[column]} on {@code dates[row]}.
 */
public record PriceHistory(List<String> symbols, List<LocalDate> dates, double[][] values) {

  public PriceHistory {
    symbols = List.copyOf(symbols);
    dates = List.copyOf(dates);
    Checks checks = Checks.start();
    checks.require(!symbols.isEmpty(), "symbols", "needs at least one symbol");
    checks.require(values.length == dates.size(), "values", "needs one row per date");
    for (int r = 0; r < values.length; r++) {
      checks.require(values[r].length == symbols.size(), "values", "needs one value per symbol in every row");
      if (r > 0) {
        checks.require(dates.get(r).isAfter(dates.get(r - 1)), "dates", "must be strictly increasing");
      }
    }
    checks.throwIfAny();
  }

  /** The column of {@code symbol}, or −1. */
  public int column(String symbol) {
    return symbols.indexOf(symbol);
  }
}
