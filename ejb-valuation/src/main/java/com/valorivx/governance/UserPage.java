package com.valorivx.governance;

import java.util.List;

/** One page of a tenant's users, by username, with the total. */
public record UserPage(List<UserView> items, int page, int size, long total) {
  public UserPage {
    items = List.copyOf(items);
  }
}
