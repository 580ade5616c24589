package com.valorivx.api.error;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads the record id of a request path. An id that is not a UUID names no record, so the
 * resources answer it as they answer an unknown one: 404, never 400 or 500.
 */
public final class PathIds {

  private PathIds() {
  }

  /** The id as a UUID, or empty when it is not one. */
  public static Optional<UUID> uuid(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }
}
