package com.valorivx.engine.common;

import java.util.Objects;

/**
 * Valid inputs for which the model has no answer: e.g. cash flows whose net present value is
 * zero at no rate, so no internal rate of return exists. Distinct from
 * {@link InvalidAssumptionsException}: every field is well formed, but the maths cannot be solved
 * (HTTP 422 rather than 400). Carries the field whose values make it unsolvable.
 */
public class ModelNotSolvableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  private final String reason;

  public ModelNotSolvableException(String field, String message) {
    super(field + ": " + message);
    this.field = Objects.requireNonNull(field, "field");
    this.reason = Objects.requireNonNull(message, "message");
  }

  /** The field path as the caller spelled it, e.g. {@code cashFlows}. */
  public String field() {
    return field;
  }

  /** Why the model cannot be solved, without the field. */
  public String reason() {
    return reason;
  }

  /** The field and the reason as one validation-style error. */
  public FieldError error() {
    return new FieldError(field, reason);
  }
}
