package com.valorivx.engine.forecast;

import com.valorivx.engine.common.Checks;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A forecast's inputs: the {@code history} (oldest first, evenly spaced), how many periods ahead
 * ({@code horizon}, 1..120), which {@code methods}, Holt's smoothing parameters {@code alpha} and
 * {@code beta} (both null: fitted by least squares; otherwise both in (0, 1)), the prediction
 * interval's {@code confidence} in (0, 1) and the {@code holdout} length for the backtest.
 */
public record ForecastAssumptions(List<Double> history, int horizon, Set<ForecastMethod> methods, Double alpha,
    Double beta, double confidence, int holdout) {

  /** Longest horizon accepted. */
  public static final int MAX_HORIZON = 120;
  /** Fewest history values for a linear trend. */
  public static final int MIN_TREND_POINTS = 3;
  /** Fewest history values for Holt's method. */
  public static final int MIN_HOLT_POINTS = 4;
  /** Fewest values left to fit on after the holdout: two fix a line, three give Holt one error. */
  static final int MIN_TREND_TRAINING = 2;
  static final int MIN_HOLT_TRAINING = 3;
  /** Default confidence of the prediction intervals. */
  public static final double DEFAULT_CONFIDENCE = 0.95;
  /** Default share of the history held out for the backtest (at least one value). */
  public static final double DEFAULT_HOLDOUT_SHARE = 0.2;

  public ForecastAssumptions {
    Checks checks = Checks.start();
    checks.require(history != null, "history", "is required");
    checks.require(methods != null && !methods.isEmpty(), "method", "is required");
    List<Double> values = history == null ? null
        : List.copyOf(history.stream().map(v -> v == null ? Double.NaN : v).toList());
    boolean holt = methods != null && methods.contains(ForecastMethod.HOLT);
    if (values != null) {
      for (int i = 0; i < values.size(); i++) {
        checks.finiteAt(values.get(i), "history", i);
      }
      int needed = holt ? MIN_HOLT_POINTS : MIN_TREND_POINTS;
      String name = holt ? "Holt's method" : "a linear trend";
      checks.require(values.size() >= needed, "history",
          () -> "needs at least " + needed + " values for " + name + ", has " + values.size());
      int training = holt ? MIN_HOLT_TRAINING : MIN_TREND_TRAINING;
      int held = holdout;
      if (values.size() >= needed) {
        checks.require(held >= 1 && held <= values.size() - training, "holdout",
            () -> "must be between 1 and " + (values.size() - training) + " (at least " + training
                + " values must remain to fit on), was " + held);
      }
    }
    checks.require(horizon >= 1 && horizon <= MAX_HORIZON, "horizon",
        () -> "must be between 1 and " + MAX_HORIZON + ", was " + horizon);
    checks.require(confidence > 0 && confidence < 1, "confidence", () -> "must be in (0, 1), was " + confidence);
    checks.require((alpha == null) == (beta == null), alpha == null ? "alpha" : "beta",
        "alpha and beta are given together or both left out (then fitted)");
    if (alpha != null) {
      checks.require(Double.isFinite(alpha) && alpha > 0 && alpha < 1, "alpha", () -> "must be in (0, 1), was " + alpha);
    }
    if (beta != null) {
      checks.require(Double.isFinite(beta) && beta > 0 && beta < 1, "beta", () -> "must be in (0, 1), was " + beta);
    }
    if (values != null && !checks.hasErrors()) {
      for (int i = values.size() - holdout; i < values.size(); i++) {
        checks.requireAt(values.get(i) != 0, "history", i,
            "is zero and falls in the backtest holdout, where the percentage error is undefined");
      }
    }
    checks.throwIfAny();
    history = values;
    methods = Set.copyOf(EnumSet.copyOf(methods));
  }

  /** The default holdout for {@code size} values: 20 % rounded, at least 1. */
  public static int defaultHoldout(int size) {
    return Math.max(1, (int) Math.round(size * DEFAULT_HOLDOUT_SHARE));
  }
}
