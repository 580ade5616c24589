package com.valorivx.engine.common;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects field errors while inputs are checked, then throws them together. Used by the
 * assumption records' constructors and by the request mappers in the services.
 */
public final class Checks {

  private final List<FieldError> errors = new ArrayList<>();

  public static Checks start() {
    return new Checks();
  }

  public Checks reject(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  /** Records an error unless {@code condition} holds. */
  public Checks require(boolean condition, String field, String message) {
    if (!condition) {
      reject(field, message);
    }
    return this;
  }

  /** Like {@link #require(boolean, String, String)}; the message is built only on failure. */
  public Checks require(boolean condition, String field, Supplier<String> message) {
    if (!condition) {
      reject(field, message.get());
    }
    return this;
  }

  /** Like {@link #require(boolean, String, String)} for element {@code index} of a list field. */
  public Checks requireAt(boolean condition, String field, int index, String message) {
    if (!condition) {
      reject(field + "[" + index + "]", message);
    }
    return this;
  }

  /** Like {@link #finite(Double, String)} for element {@code index} of a list field. */
  public boolean finiteAt(Double value, String field, int index) {
    if (value != null && Double.isFinite(value)) {
      return true;
    }
    return finite(value, field + "[" + index + "]");
  }

  /** A present, finite number; returns whether it is. */
  public boolean finite(Double value, String field) {
    if (value == null) {
      reject(field, "is required");
      return false;
    }
    if (!Double.isFinite(value)) {
      reject(field, "must be a finite number");
      return false;
    }
    return true;
  }

  /**
   * Builds a part whose own constructor validates; its errors join these instead of stopping the
   * check, so the caller hears of every bad field at once. Returns null when the part was rejected.
   */
  public <T> T attempt(Supplier<T> part) {
    try {
      return part.get();
    } catch (InvalidAssumptionsException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  /** Builds a part after the other checks passed: its errors, if any, are thrown with nothing else. */
  public <T> T attemptOrThrow(Supplier<T> part) {
    T built = attempt(part);
    throwIfAny();
    return built;
  }

  /** A decimal rate as people read it in a message: 0.0825 → "8.25%". */
  public static String percent(double rate) {
    return BigDecimal.valueOf(rate * 100).round(new MathContext(10)).stripTrailingZeros().toPlainString() + "%";
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Throws every recorded error at once; does nothing when there are none. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidAssumptionsException(errors);
    }
  }
}
