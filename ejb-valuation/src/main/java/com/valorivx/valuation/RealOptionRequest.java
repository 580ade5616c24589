package com.valorivx.valuation;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.realoption.RealOptionAssumptions;
import com.valorivx.engine.realoption.RealOptionKind;
import com.valorivx.engine.realoption.RealOptionMethod;
import java.util.Arrays;

/**
 * A real option as callers write it (API.md "Real options"): {@code kind}, {@code method}, the
 * project's {@code underlyingValue} and {@code exerciseCost}, the kind's own fields
 * ({@code investment} and {@code expansionFactor} for EXPAND, {@code salvageValue} for ABANDON), the
 * market inputs, and {@code steps} for BINOMIAL. It is the document stored as a run's inputs.
 * {@code yield} defaults to 0. A field that the kind or method does not use is rejected rather than
 * ignored.
 */
public record RealOptionRequest(String name, String kind, String method, Double underlyingValue, Double exerciseCost,
    Double investment, Double salvageValue, Double expansionFactor, Double maturityYears, Double volatility,
    Double riskFreeRate, Double yield, Integer steps) {

  /** Longest run name kept. */
  public static final int MAX_NAME_LENGTH = 200;

  /** Checks every field and builds the engine's assumptions; all errors come back together. */
  public RealOptionAssumptions toAssumptions() {
    Checks checks = Checks.start();
    checks.require(name == null || name.length() <= MAX_NAME_LENGTH, "name", "is longer than " + MAX_NAME_LENGTH + " characters");
    RealOptionKind parsedKind = parse(checks, kind, "kind", RealOptionKind.class);
    RealOptionMethod parsedMethod = parse(checks, method, "method", RealOptionMethod.class);
    checks.finite(underlyingValue, "underlyingValue");
    checks.finite(exerciseCost, "exerciseCost");
    checks.finite(maturityYears, "maturityYears");
    checks.finite(volatility, "volatility");
    checks.finite(riskFreeRate, "riskFreeRate");
    checks.require(this.yield == null || Double.isFinite(this.yield), "yield", "must be a finite number");
    kindField(checks, parsedKind, RealOptionKind.EXPAND, investment, "investment");
    kindField(checks, parsedKind, RealOptionKind.EXPAND, expansionFactor, "expansionFactor");
    kindField(checks, parsedKind, RealOptionKind.ABANDON, salvageValue, "salvageValue");
    if (parsedMethod == RealOptionMethod.BINOMIAL) {
      checks.require(steps != null, "steps", "is required for BINOMIAL");
    } else if (parsedMethod != null) {
      checks.require(steps == null, "steps", "applies to BINOMIAL only");
    }
    checks.throwIfAny();
    return checks.attemptOrThrow(() -> new RealOptionAssumptions(parsedKind, parsedMethod, underlyingValue,
        exerciseCost, orZero(investment), orZero(salvageValue), orZero(expansionFactor), maturityYears, volatility,
        riskFreeRate, orZero(this.yield), steps == null ? 0 : steps));
  }

  /** A field of one kind: required and finite for it, absent for the others. */
  private static void kindField(Checks checks, RealOptionKind parsed, RealOptionKind owner, Double value, String field) {
    if (parsed == owner) {
      checks.finite(value, field);
    } else if (parsed != null) {
      checks.require(value == null, field, "applies to " + owner + " only");
    }
  }

  private static <E extends Enum<E>> E parse(Checks checks, String value, String field, Class<E> type) {
    String allowed = Arrays.toString(type.getEnumConstants()).replaceAll("[\\[\\] ]", "").replace(",", ", ");
    if (value == null) {
      checks.reject(field, "is required: one of " + allowed);
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException unknown) {
      checks.reject(field, "must be one of " + allowed + ", was " + value);
      return null;
    }
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
