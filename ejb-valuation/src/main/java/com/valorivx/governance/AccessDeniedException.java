package com.valorivx.governance;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this (HTTP 403). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
