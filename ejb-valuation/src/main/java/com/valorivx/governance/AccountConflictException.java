package com.valorivx.governance;

import jakarta.ejb.ApplicationException;

/**
 * A tenant or user change that cannot be made as asked (HTTP 409): a name already taken, or an
 * administrator locking itself out. Nothing was changed.
 */
@ApplicationException(rollback = true)
public class AccountConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccountConflictException(String message) {
    super(message);
  }
}
