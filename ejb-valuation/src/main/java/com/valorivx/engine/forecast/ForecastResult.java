package com.valorivx.engine.forecast;

import java.util.List;

/**
 * Every requested method's forecast, the {@code holdout} length and {@code confidence} used, and
 * the {@code recommended} method: the one with the lowest holdout MAPE (the first listed on a tie),
 * with its {@code recommendedMape} and its forecast for the next period, {@code nextValue}.
 */
public record ForecastResult(List<MethodForecast> methods, ForecastMethod recommended, int holdout,
    double confidence, double recommendedMape, double nextValue) {

  public ForecastResult {
    methods = List.copyOf(methods);
  }
}
