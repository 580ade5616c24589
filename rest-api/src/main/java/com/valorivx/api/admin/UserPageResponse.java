package com.valorivx.api.admin;

import com.valorivx.governance.UserPage;
import java.util.List;

/** One page of a tenant's users by username; {@code total} counts them all. */
public record UserPageResponse(List<UserResponse> items, int page, int size, long total) {

  static UserPageResponse of(UserPage page) {
    return new UserPageResponse(page.items().stream().map(UserResponse::of).toList(), page.page(), page.size(),
        page.total());
  }
}
