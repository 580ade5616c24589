package com.valorivx.persistence.common;

import java.util.Objects;
import java.util.UUID;

/** The tenant that owns a row. Every query for tenant data takes one first. */
public record TenantId(UUID value) {
  public TenantId {
    Objects.requireNonNull(value, "value");
  }

  public static TenantId of(String value) {
    return new TenantId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
