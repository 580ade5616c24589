package com.valorivx.api.scenario;

import com.valorivx.valuation.ScenarioPage;
import java.util.List;

/** One page of a tenant's scenarios by name; {@code total} counts every matching scenario. */
public record ScenarioPageResponse(List<ScenarioResponse> items, int page, int size, long total) {

  static ScenarioPageResponse of(ScenarioPage page) {
    return new ScenarioPageResponse(page.items().stream().map(ScenarioResponse::of).toList(), page.page(),
        page.size(), page.total());
  }
}
