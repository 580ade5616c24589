package com.valorivx.valuation;

import java.util.List;

/** One page of scenarios, by name, with the total count of matching scenarios. */
public record ScenarioPage(List<ScenarioView> items, int page, int size, long total) {
  public ScenarioPage {
    items = List.copyOf(items);
  }
}
