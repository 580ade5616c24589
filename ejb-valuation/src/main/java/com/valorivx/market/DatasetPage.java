package com.valorivx.market;

import java.util.List;

/** One page of a tenant's data sets: the samples first, then uploads newest first. */
public record DatasetPage(List<DatasetView> items, int page, int size, long total) {
  public DatasetPage {
    items = List.copyOf(items);
  }
}
