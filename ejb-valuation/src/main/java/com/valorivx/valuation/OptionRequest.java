package com.valorivx.valuation;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.option.BinomialAssumptions;
import com.valorivx.engine.option.ExerciseStyle;
import com.valorivx.engine.option.MonteCarloAssumptions;
import com.valorivx.engine.option.OptionAssumptions;
import com.valorivx.engine.option.OptionType;
import java.util.Arrays;

/**
 * An option as callers write it (API.md "Options"): {@code type}, {@code style}, {@code method},
 * the market inputs, and the method's own settings ({@code steps} and optional {@code up}/
 * {@code down} for BINOMIAL; {@code paths} and {@code seed} for MONTE_CARLO). It is the document
 * stored as a run's inputs. {@code dividendYield} defaults to 0.
 */
public record OptionRequest(String name, String type, String style, String method, Double spot, Double strike,
    Double maturityYears, Double riskFreeRate, Double volatility, Double dividendYield, Integer steps, Double up,
    Double down, Integer paths, Long seed) {

  /** Longest run name kept. */
  public static final int MAX_NAME_LENGTH = 200;

  /** How the option is valued. */
  public enum Method {
    BLACK_SCHOLES, BINOMIAL, MONTE_CARLO
  }

  /** The method; when absent or unknown, throws the errors of every field, {@code method} among them. */
  public Method parsedMethod() {
    Checks checks = Checks.start();
    Method parsed = parse(checks, method, "method", Method.class);
    if (checks.hasErrors()) {
      checkAll();
    }
    checks.throwIfAny();
    return parsed;
  }

  /** Checks every field and builds the option; all errors come back together. */
  public OptionAssumptions toAssumptions() {
    return checkAll().option();
  }

  /** The tree for a BINOMIAL request, every field checked. */
  public BinomialAssumptions toBinomialAssumptions() {
    return checkAll().binomial();
  }

  /** The simulation for a MONTE_CARLO request, every field checked. */
  public MonteCarloAssumptions toMonteCarloAssumptions() {
    return checkAll().monteCarlo();
  }

  private record Checked(OptionAssumptions option, BinomialAssumptions binomial, MonteCarloAssumptions monteCarlo) {
  }

  private Checked checkAll() {
    Checks checks = Checks.start();
    checks.require(name == null || name.length() <= MAX_NAME_LENGTH, "name", "is longer than " + MAX_NAME_LENGTH + " characters");
    OptionType optionType = parse(checks, type, "type", OptionType.class);
    ExerciseStyle exerciseStyle = parse(checks, style, "style", ExerciseStyle.class);
    Method parsedMethod = parse(checks, method, "method", Method.class);
    boolean numbersPresent = checks.finite(spot, "spot") & checks.finite(strike, "strike")
        & checks.finite(maturityYears, "maturityYears") & checks.finite(riskFreeRate, "riskFreeRate")
        & checks.finite(volatility, "volatility");
    checks.require(dividendYield == null || Double.isFinite(dividendYield), "dividendYield", "must be a finite number");
    if (parsedMethod == Method.BINOMIAL) {
      checks.require(steps != null, "steps", "is required for BINOMIAL");
    } else if (parsedMethod != null) {
      checks.require(steps == null && up == null && down == null, steps != null ? "steps" : up != null ? "up" : "down",
          "applies to BINOMIAL only");
    }
    if (parsedMethod == Method.MONTE_CARLO) {
      checks.require(paths != null, "paths", "is required for MONTE_CARLO")
          .require(seed != null, "seed", "is required for MONTE_CARLO, so the run can be reproduced")
          .require(exerciseStyle != ExerciseStyle.AMERICAN, "style",
              "Monte Carlo values EUROPEAN options only; use BINOMIAL for AMERICAN");
    } else if (parsedMethod != null) {
      checks.require(paths == null && seed == null, paths != null ? "paths" : "seed", "applies to MONTE_CARLO only");
    }
    if (parsedMethod == Method.BLACK_SCHOLES) {
      checks.require(exerciseStyle != ExerciseStyle.AMERICAN, "style",
          "Black-Scholes values EUROPEAN options only; use BINOMIAL for AMERICAN");
    }
    // Stand-ins for fields already rejected above, so the ranges of the others are still checked
    // and no field is named twice; the stand-ins never leave this method.
    OptionAssumptions option = checks.attempt(() -> new OptionAssumptions(
        optionType == null ? OptionType.CALL : optionType, exerciseStyle == null ? ExerciseStyle.EUROPEAN : exerciseStyle,
        orOne(spot), orOne(strike), orOne(maturityYears), orOne(riskFreeRate), orOne(volatility),
        dividendYield == null || !Double.isFinite(dividendYield) ? 0 : dividendYield));
    BinomialAssumptions binomial = null;
    if (parsedMethod == Method.BINOMIAL && steps != null && option != null && numbersPresent) {
      binomial = checks.attempt(() -> new BinomialAssumptions(option, steps, up, down));
    }
    MonteCarloAssumptions monteCarlo = null;
    if (parsedMethod == Method.MONTE_CARLO && !checks.hasErrors()) {
      monteCarlo = checks.attempt(() -> new MonteCarloAssumptions(option, paths, seed));
    }
    checks.throwIfAny();
    return new Checked(option, binomial, monteCarlo);
  }

  private static <E extends Enum<E>> E parse(Checks checks, String value, String field, Class<E> kind) {
    String allowed = Arrays.toString(kind.getEnumConstants()).replaceAll("[\\[\\] ]", "").replace(",", ", ");
    if (value == null) {
      checks.reject(field, "is required: one of " + allowed);
      return null;
    }
    try {
      return Enum.valueOf(kind, value);
    } catch (IllegalArgumentException unknown) {
      checks.reject(field, "must be one of " + allowed + ", was " + value);
      return null;
    }
  }

  private static double orOne(Double value) {
    return value == null || !Double.isFinite(value) ? 1 : value;
  }
}
