package com.valorivx.analytics;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.forecast.ForecastAssumptions;
import com.valorivx.engine.forecast.ForecastMethod;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /api/v1/analytics/forecast}: the {@code history} oldest first, or a {@code series}
 * of {@code {"period","value"}} (one of the two), the {@code horizon}, the {@code method}
 * (LINEAR_TREND, HOLT or BOTH, default BOTH), Holt's {@code alpha} and {@code beta} (both left out:
 * fitted), the interval {@code confidence} (default 0.95), the backtest {@code holdout} (default 20 %
 * of the history, at least 1) and an optional run {@code name}.
 */
public record ForecastRequest(String name, List<Double> history, List<SeriesPoint> series, Integer horizon,
    String method, Double alpha, Double beta, Double confidence, Integer holdout) {

  /** Longest run name kept. */
  public static final int MAX_NAME_LENGTH = 200;

  /** One labelled value of a {@code series}; the period is a label, the order is the list's. */
  public record SeriesPoint(String period, Double value) {
  }

  /** The values to forecast, from {@code history} or {@code series}; null when neither is usable. */
  public List<Double> values() {
    if (history != null) {
      return history;
    }
    if (series == null) {
      return null;
    }
    List<Double> values = new ArrayList<>(series.size());
    for (SeriesPoint p : series) {
      values.add(p == null ? null : p.value());
    }
    return values;
  }

  /** The period labels of a {@code series}, or 1..n for a plain history. */
  public List<String> periods() {
    List<Double> values = values();
    List<String> periods = new ArrayList<>();
    for (int i = 0; values != null && i < values.size(); i++) {
      String label = series != null && history == null && series.get(i) != null ? series.get(i).period() : null;
      periods.add(label == null ? String.valueOf(i + 1) : label);
    }
    return periods;
  }

  /** Checks every field and builds the engine's assumptions; all errors come back together. */
  public ForecastAssumptions toAssumptions() {
    Checks checks = Checks.start();
    checks.require(name == null || name.length() <= MAX_NAME_LENGTH, "name",
        "is longer than " + MAX_NAME_LENGTH + " characters");
    checks.require(history != null || series != null, "history", "is required (or give a series)");
    checks.require(history == null || series == null, "series", "give either history or series, not both");
    if (history == null && series != null) {
      for (int i = 0; i < series.size(); i++) {
        checks.requireAt(series.get(i) != null, "series", i, "is required");
        if (series.get(i) != null) {
          checks.finite(series.get(i).value(), "series[" + i + "].value");
        }
      }
    }
    checks.require(horizon != null, "horizon", "is required");
    Set<ForecastMethod> methods = EnumSet.allOf(ForecastMethod.class);
    if (method != null && !"BOTH".equals(method)) {
      try {
        methods = EnumSet.of(ForecastMethod.valueOf(method));
      } catch (IllegalArgumentException e) {
        checks.reject("method", "must be one of LINEAR_TREND, HOLT, BOTH, was " + method);
      }
    }
    checks.throwIfAny();
    List<Double> values = values();
    Set<ForecastMethod> chosen = methods;
    int held = holdout != null ? holdout : ForecastAssumptions.defaultHoldout(values.size());
    return checks.attemptOrThrow(() -> new ForecastAssumptions(values, horizon, chosen, alpha, beta,
        confidence == null ? ForecastAssumptions.DEFAULT_CONFIDENCE : confidence, held));
  }
}
