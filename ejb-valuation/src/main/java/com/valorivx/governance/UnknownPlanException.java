package com.valorivx.governance;

import com.valorivx.engine.common.InvalidAssumptionsException;

/** Factory for the 400 that names {@code plan} when a plan code is not one of the plans. */
final class UnknownPlanException {

  private UnknownPlanException() {
  }

  static InvalidAssumptionsException of(String code, Iterable<String> known) {
    return new InvalidAssumptionsException("plan", "must be one of " + String.join(", ", known)
        + (code == null ? "" : ", not '" + code + "'"));
  }
}
