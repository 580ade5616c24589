package com.valorivx.valuation;

import java.util.List;

/** One page of stored runs, newest first, with the total count of matching runs. */
public record RunPage(List<StoredRun> items, int page, int size, long total) {
  public RunPage {
    items = List.copyOf(items);
  }
}
