package com.valorivx.api.valuation;

import com.valorivx.valuation.RunPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a tenant's runs, newest first; {@code total} counts every matching run. */
@Schema(name = "ValuationRunPage")
public record RunPageResponse(List<RunResponse> items, int page, int size, long total) {

  static RunPageResponse of(RunPage page) {
    return new RunPageResponse(page.items().stream().map(RunResponse::of).toList(), page.page(), page.size(),
        page.total());
  }
}
