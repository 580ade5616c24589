package com.valorivx.engine.common;

import java.util.Objects;

/** One rejected input: the field path as the caller spelled it (e.g. {@code terminal.growth}) and why. */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
