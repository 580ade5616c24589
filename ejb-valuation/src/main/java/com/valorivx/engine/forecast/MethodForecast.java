package com.valorivx.engine.forecast;

import java.util.List;
import java.util.Map;

/**
 * One method's answer: its fitted {@code parameters} (linear trend: intercept, slope,
 * standardError, rSquared; Holt: alpha, beta, level, trend, sigma), the in-sample one-step
 * {@code fitted} values (null where the method has none), the forecast {@code points} with
 * prediction intervals, and the holdout backtest: the method refitted on the history without its
 * last {@code holdout} values forecasts them ({@code backtest}) and {@code mape} is the mean
 * absolute percentage error of that, as a fraction (0.05 = 5 %).
 */
public record MethodForecast(ForecastMethod method, Map<String, Double> parameters, List<Double> fitted,
    List<ForecastPoint> points, List<Double> backtest, double mape) {

  public MethodForecast {
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    fitted = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(fitted));
    points = List.copyOf(points);
    backtest = List.copyOf(backtest);
  }
}
