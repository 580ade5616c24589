package com.valorivx.api.market;

import com.valorivx.market.DatasetPage;
import java.util.List;

/** One page of data sets: the samples first, then uploads newest first. */
public record DatasetPageResponse(List<DatasetResponse> items, int page, int size, long total) {

  static DatasetPageResponse of(DatasetPage page) {
    return new DatasetPageResponse(page.items().stream().map(DatasetResponse::of).toList(), page.page(), page.size(),
        page.total());
  }
}
