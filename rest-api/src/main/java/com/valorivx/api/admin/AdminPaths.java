package com.valorivx.api.admin;

import com.valorivx.api.error.PathIds;
import com.valorivx.engine.common.Checks;
import com.valorivx.valuation.RecordNotFoundException;
import java.util.UUID;

/** Ids in admin paths and bodies. */
final class AdminPaths {

  private AdminPaths() {
  }

  /** A path id that is not a UUID names nothing: 404, as for an unknown one. */
  static UUID pathId(String id, String what) {
    return PathIds.uuid(id).orElseThrow(() -> new RecordNotFoundException("No " + what + " " + id + "."));
  }

  /** An optional id given in a body or query: null when absent, 400 naming {@code field} when not a UUID. */
  static UUID optionalId(String id, String field) {
    if (id == null || id.isBlank()) {
      return null;
    }
    var parsed = PathIds.uuid(id.strip());
    Checks.start().require(parsed.isPresent(), field, "must be a UUID").throwIfAny();
    return parsed.get();
  }
}
