package com.valorivx.market;

import com.valorivx.engine.market.DatasetKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A data set as listed: {@code synthetic} marks the built-in, read-only sample. */
public record DatasetView(UUID id, String name, DatasetKind kind, boolean synthetic, List<String> symbols,
    LocalDate firstDate, LocalDate lastDate, int rowCount, Instant createdAt, String createdBy) {
  public DatasetView {
    symbols = List.copyOf(symbols);
  }
}
