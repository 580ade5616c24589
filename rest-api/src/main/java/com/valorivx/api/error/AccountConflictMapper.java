package com.valorivx.api.error;

import com.valorivx.governance.AccountConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A taken tenant name or username, or an administrator locking itself out: 409, nothing changed. */
@Provider
public class AccountConflictMapper implements ExceptionMapper<AccountConflictException> {

  @Override
  public Response toResponse(AccountConflictException e) {
    return Problem.ofStatus(409, e.getMessage()).toResponse();
  }
}
