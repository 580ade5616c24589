package com.valorivx.engine.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Forecasts a history by a linear trend and by Holt's linear method, with prediction intervals
 * and a holdout backtest.
 *
 * <p><b>Linear trend.</b> OLS of y_t on t = 1..n (what spreadsheet TREND / FORECAST.LINEAR do).
 * The interval at t₀ = n + h is the exact OLS prediction interval
 * ŷ ± t_{(1+c)/2, n−2} · s · √(1 + 1/n + (t₀ − t̄)² / Σ(t − t̄)²), s² = SSE / (n − 2); with n = 2
 * (a backtest fit) the line is exact and no interval exists, so none is needed there.
 *
 * <p><b>Holt.</b> Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed.,
 * §8.2: ℓ_t = α·y_t + (1 − α)(ℓ_{t−1} + b_{t−1}), b_t = β*·(ℓ_t − ℓ_{t−1}) + (1 − β*)·b_{t−1},
 * ŷ_{t+h|t} = ℓ_t + h·b_t; initialised with ℓ₁ = y₁, b₁ = y₂ − y₁, so the one-step errors
 * e_t = y_t − (ℓ_{t−1} + b_{t−1}) run over t = 3..n. When α and β* are not given they minimise
 * Σ e_t² over (0, 1)² (a grid, then a shrinking pattern search). The interval is
 * ŷ ± z_{(1+c)/2} · σ_h with, from §8.7 Table 8.8 for ETS(A,A,N),
 * σ_h² = σ²[1 + (h − 1){α² + αβh + β²h(2h − 1)/6}] where that table's β is the error-correction
 * form β = α·β* (§8.5), not the smoothing β* itself; σ² = Σ e_t² / (number of errors).
 *
 * <p><b>Backtest.</b> Each method is refitted on the history without its last k values (Holt's
 * α, β* refitted too unless given), forecasts those k, and MAPE = (1/k) Σ |y − ŷ| / |y|.
 */
public final class ForecastEngine {

  /** The shared instance; the engine holds no state. */
  public static final ForecastEngine DEFAULT = new ForecastEngine();

  /** Stored with each run so results can be traced to the method version. */
  public static final String VERSION = "forecast-1.0";

  private static final double PARAMETER_FLOOR = 1e-4;
  private static final int GRID = 20;
  private static final double SEARCH_TOLERANCE = 1e-7;

  /** Forecasts with every requested method; the recommended one has the lowest holdout MAPE. */
  public ForecastResult forecast(ForecastAssumptions a) {
    double[] y = a.history().stream().mapToDouble(Double::doubleValue).toArray();
    double[] training = Arrays.copyOf(y, y.length - a.holdout());
    double[] actual = Arrays.copyOfRange(y, y.length - a.holdout(), y.length);
    List<MethodForecast> out = new ArrayList<>();
    for (ForecastMethod method : ForecastMethod.values()) {
      if (!a.methods().contains(method)) {
        continue;
      }
      MethodForecast full = method == ForecastMethod.LINEAR_TREND
          ? linearTrend(y, a.horizon(), a.confidence())
          : holt(y, a.horizon(), a.confidence(), a.alpha(), a.beta());
      MethodForecast back = method == ForecastMethod.LINEAR_TREND
          ? linearTrend(training, actual.length, a.confidence())
          : holt(training, actual.length, a.confidence(), a.alpha(), a.beta());
      List<Double> backtest = back.points().stream().map(ForecastPoint::value).toList();
      out.add(new MethodForecast(method, full.parameters(), full.fitted(), full.points(), backtest,
          mape(actual, backtest)));
    }
    MethodForecast best = out.get(0);
    for (MethodForecast m : out) {
      if (m.mape() < best.mape()) {
        best = m;
      }
    }
    return new ForecastResult(out, best.method(), a.holdout(), a.confidence(), best.mape(),
        best.points().get(0).value());
  }

  /** Mean absolute percentage error as a fraction; actual values must be non-zero. */
  public static double mape(double[] actual, List<Double> forecast) {
    double sum = 0;
    for (int i = 0; i < actual.length; i++) {
      sum += Math.abs((actual[i] - forecast.get(i)) / actual[i]);
    }
    return sum / actual.length;
  }

  /** OLS line through (t, y_t), t = 1..n, with exact prediction intervals (n ≥ 3; n = 2 gives the line only). */
  MethodForecast linearTrend(double[] y, int horizon, double confidence) {
    int n = y.length;
    double tMean = (n + 1) / 2.0;
    double yMean = Arrays.stream(y).average().orElseThrow();
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double dt = i + 1 - tMean;
      sxx += dt * dt;
      sxy += dt * (y[i] - yMean);
    }
    double slope = sxy / sxx;
    double intercept = yMean - slope * tMean;
    List<Double> fitted = new ArrayList<>(n);
    double sse = 0;
    double sst = 0;
    for (int i = 0; i < n; i++) {
      double f = intercept + slope * (i + 1);
      fitted.add(f);
      sse += (y[i] - f) * (y[i] - f);
      sst += (y[i] - yMean) * (y[i] - yMean);
    }
    double s = n > 2 ? Math.sqrt(sse / (n - 2)) : 0;
    double quantile = n > 2 ? new TDistribution(n - 2).inverseCumulativeProbability((1 + confidence) / 2) : 0;
    List<ForecastPoint> points = new ArrayList<>(horizon);
    for (int h = 1; h <= horizon; h++) {
      double t0 = n + h;
      double value = intercept + slope * t0;
      double half = quantile * s * Math.sqrt(1 + 1.0 / n + (t0 - tMean) * (t0 - tMean) / sxx);
      points.add(new ForecastPoint(h, value, value - half, value + half));
    }
    Map<String, Double> parameters = new LinkedHashMap<>();
    parameters.put("intercept", intercept);
    parameters.put("slope", slope);
    parameters.put("standardError", s);
    parameters.put("rSquared", sst == 0 ? 1.0 : 1 - sse / sst);
    return new MethodForecast(ForecastMethod.LINEAR_TREND, parameters, fitted, points, List.of(), 0);
  }

  /** Holt's linear method; {@code alpha}, {@code beta} null: fitted by least squares. */
  MethodForecast holt(double[] y, int horizon, double confidence, Double alpha, Double beta) {
    double a;
    double b;
    if (alpha != null && beta != null) {
      a = alpha;
      b = beta;
    } else {
      double[] best = fitHolt(y);
      a = best[0];
      b = best[1];
    }
    int n = y.length;
    double level = y[0];
    double trend = y[1] - y[0];
    List<Double> fitted = new ArrayList<>(n);
    fitted.add(null);
    fitted.add(level + trend);
    double sse = 0;
    for (int t = 1; t < n; t++) {
      double oneStep = level + trend;
      if (t >= 2) {
        fitted.add(oneStep);
        sse += (y[t] - oneStep) * (y[t] - oneStep);
      }
      double previous = level;
      level = a * y[t] + (1 - a) * oneStep;
      trend = b * (level - previous) + (1 - b) * trend;
    }
    int errors = n - 2;
    double sigma = Math.sqrt(sse / errors);
    double z = new NormalDistribution().inverseCumulativeProbability((1 + confidence) / 2);
    double errorCorrectionBeta = a * b;
    List<ForecastPoint> points = new ArrayList<>(horizon);
    for (int h = 1; h <= horizon; h++) {
      double value = level + h * trend;
      double half = z * sigma * Math.sqrt(holtVarianceFactor(a, errorCorrectionBeta, h));
      points.add(new ForecastPoint(h, value, value - half, value + half));
    }
    Map<String, Double> parameters = new LinkedHashMap<>();
    parameters.put("alpha", a);
    parameters.put("beta", b);
    parameters.put("level", level);
    parameters.put("trend", trend);
    parameters.put("sigma", sigma);
    return new MethodForecast(ForecastMethod.HOLT, parameters, fitted, points, List.of(), 0);
  }

  /** σ_h²/σ² for ETS(A,A,N): 1 + (h − 1){α² + αβh + β²h(2h − 1)/6}, β in error-correction form (α·β*). */
  static double holtVarianceFactor(double alpha, double beta, int h) {
    return 1 + (h - 1) * (alpha * alpha + alpha * beta * h + beta * beta * h * (2.0 * h - 1) / 6);
  }

  /** Sum of squared one-step errors for given α, β*. */
  static double holtSse(double[] y, double a, double b) {
    double level = y[0];
    double trend = y[1] - y[0];
    double sse = 0;
    for (int t = 1; t < y.length; t++) {
      double oneStep = level + trend;
      if (t >= 2) {
        sse += (y[t] - oneStep) * (y[t] - oneStep);
      }
      double previous = level;
      level = a * y[t] + (1 - a) * oneStep;
      trend = b * (level - previous) + (1 - b) * trend;
    }
    return sse;
  }

  /** α, β* in [floor, 1 − floor] minimising the SSE: best point of a grid, then a shrinking pattern search. */
  static double[] fitHolt(double[] y) {
    double lo = PARAMETER_FLOOR;
    double hi = 1 - PARAMETER_FLOOR;
    double bestA = 0.5;
    double bestB = 0.5;
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i <= GRID; i++) {
      for (int j = 0; j <= GRID; j++) {
        double a = lo + (hi - lo) * i / GRID;
        double b = lo + (hi - lo) * j / GRID;
        double sse = holtSse(y, a, b);
        if (sse < best) {
          best = sse;
          bestA = a;
          bestB = b;
        }
      }
    }
    double step = (hi - lo) / GRID;
    while (step > SEARCH_TOLERANCE) {
      boolean moved = false;
      for (double[] d : new double[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {-1, -1}, {1, -1}, {-1, 1}}) {
        double a = Math.min(hi, Math.max(lo, bestA + d[0] * step));
        double b = Math.min(hi, Math.max(lo, bestB + d[1] * step));
        double sse = holtSse(y, a, b);
        if (sse < best) {
          best = sse;
          bestA = a;
          bestB = b;
          moved = true;
        }
      }
      if (!moved) {
        step /= 2;
      }
    }
    return new double[] {bestA, bestB};
  }
}
