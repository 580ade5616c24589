package com.valorivx.governance;

import java.util.List;

/** One page of tenants, by name, with the total. */
public record TenantPage(List<TenantView> items, int page, int size, long total) {
  public TenantPage {
    items = List.copyOf(items);
  }
}
