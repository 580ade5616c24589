package com.valorivx.valuation;

import jakarta.ejb.ApplicationException;

/** The caller's tenant has no scenario or run with that id (HTTP 404); other tenants' rows count as absent. */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(String message) {
    super(message);
  }
}
