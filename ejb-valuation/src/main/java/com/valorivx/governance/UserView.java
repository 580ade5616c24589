package com.valorivx.governance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user as the administration screens and API show it: {@code role} is the user's main role
 * (operator, else admin, else analyst, else viewer), {@code roles} all of them, sorted.
 */
public record UserView(UUID id, String username, String role, List<String> roles, UUID tenantId, boolean enabled,
    Instant createdAt) {
  public UserView {
    roles = List.copyOf(roles);
  }
}
