package com.valorivx.api.market;

import com.valorivx.market.DatasetView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A data set's metadata; {@code synthetic} marks the built-in read-only sample. */
public record DatasetResponse(UUID id, String name, String kind, boolean synthetic, List<String> symbols,
    LocalDate firstDate, LocalDate lastDate, int rowCount, Instant createdAt, String createdBy) {

  static DatasetResponse of(DatasetView v) {
    return new DatasetResponse(v.id(), v.name(), v.kind().name(), v.synthetic(), v.symbols(), v.firstDate(),
        v.lastDate(), v.rowCount(), v.createdAt(), v.createdBy());
  }
}
