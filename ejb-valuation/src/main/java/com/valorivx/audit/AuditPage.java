package com.valorivx.audit;

import java.util.List;

/** One page of a tenant's trail, newest first, with the number of entries that match. */
public record AuditPage(List<AuditEntryView> items, int page, int size, long total) {
  public AuditPage {
    items = List.copyOf(items);
  }
}
