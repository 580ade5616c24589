package com.valorivx.api.valuation;

import com.valorivx.valuation.RunPage;
import java.util.List;

/** One page of a tenant's runs, newest first; {@code total} counts every matching run. */
public record RunPageResponse(List<RunResponse> items, int page, int size, long total) {

  static RunPageResponse of(RunPage page) {
    return new RunPageResponse(page.items().stream().map(RunResponse::of).toList(), page.page(), page.size(),
        page.total());
  }
}
