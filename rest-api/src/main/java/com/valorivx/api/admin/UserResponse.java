package com.valorivx.api.admin;

import com.valorivx.governance.UserView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user: its main {@code role}, all its {@code roles}, its tenant and whether it may sign in. Never a password. */
public record UserResponse(UUID id, String username, String role, List<String> roles, UUID tenantId, boolean enabled,
    Instant createdAt) {

  static UserResponse of(UserView user) {
    return new UserResponse(user.id(), user.username(), user.role(), user.roles(), user.tenantId(), user.enabled(),
        user.createdAt());
  }
}
