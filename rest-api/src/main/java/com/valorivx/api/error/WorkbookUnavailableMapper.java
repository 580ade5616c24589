package com.valorivx.api.error;

import com.valorivx.valuation.WorkbookUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A workbook asked for a run whose kind has none: 409, the detail naming the kind and the kinds that have one. */
@Provider
public class WorkbookUnavailableMapper implements ExceptionMapper<WorkbookUnavailableException> {

  static final String NO_WORKBOOK_TYPE = "https://valorivx.com/problems/no-workbook";

  @Override
  public Response toResponse(WorkbookUnavailableException e) {
    return new Problem(NO_WORKBOOK_TYPE, "No workbook for this kind of run", 409, e.getMessage(), null, null, null)
        .toResponse();
  }
}
