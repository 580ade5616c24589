package com.valorivx.engine.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Assumptions that no model can value (growth at or above the discount rate, no cash flows,
 * non-positive share count, non-finite numbers...). Carries every offending field so a caller can
 * show them all at once; engines never clamp such inputs silently.
 */
public class InvalidAssumptionsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<FieldError> errors;

  public InvalidAssumptionsException(List<FieldError> errors) {
    super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an InvalidAssumptionsException needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  public InvalidAssumptionsException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
