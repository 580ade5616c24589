package com.valorivx.api.admin;

import com.valorivx.governance.TenantPage;
import java.util.List;

/** One page of tenants by name; {@code total} counts them all. */
public record TenantPageResponse(List<TenantResponse> items, int page, int size, long total) {

  static TenantPageResponse of(TenantPage page) {
    return new TenantPageResponse(page.items().stream().map(TenantResponse::of).toList(), page.page(), page.size(),
        page.total());
  }
}
