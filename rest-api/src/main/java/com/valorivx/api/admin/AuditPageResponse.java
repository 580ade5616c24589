package com.valorivx.api.admin;

import com.valorivx.audit.AuditPage;
import java.util.List;

/** A page of the trail, newest first. */
public record AuditPageResponse(List<AuditEntryResponse> items, int page, int size, long total) {

  static AuditPageResponse of(AuditPage page) {
    return new AuditPageResponse(page.items().stream().map(AuditEntryResponse::of).toList(), page.page(),
        page.size(), page.total());
  }
}
