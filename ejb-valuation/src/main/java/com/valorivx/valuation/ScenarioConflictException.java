package com.valorivx.valuation;

import jakarta.ejb.ApplicationException;

/**
 * A scenario edit that would overwrite someone else's change (its version is stale) or take a
 * name the tenant already uses for that model (HTTP 409). Nothing was changed.
 */
@ApplicationException(rollback = true)
public class ScenarioConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ScenarioConflictException(String message) {
    super(message);
  }
}
