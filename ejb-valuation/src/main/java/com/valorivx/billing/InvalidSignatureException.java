package com.valorivx.billing;

import jakarta.ejb.ApplicationException;

/** A webhook delivery whose signature does not verify (HTTP 401). */
@ApplicationException(rollback = true)
public class InvalidSignatureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidSignatureException(String message) {
    super(message);
  }
}
