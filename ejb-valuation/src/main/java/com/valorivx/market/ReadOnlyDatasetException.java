package com.valorivx.market;

import jakarta.ejb.ApplicationException;

/** A change to the built-in sample data, which every tenant shares (HTTP 409). Nothing was changed. */
@ApplicationException(rollback = true)
public class ReadOnlyDatasetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReadOnlyDatasetException(String message) {
    super(message);
  }
}
