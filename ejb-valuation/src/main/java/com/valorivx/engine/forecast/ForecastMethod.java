package com.valorivx.engine.forecast;

/** The forecasting methods; {@code BOTH} in a request asks for every one. */
public enum ForecastMethod {
  /** Ordinary least squares line through (t, y_t), t = 1..n, extrapolated. */
  LINEAR_TREND,
  /** Holt's linear method: exponentially smoothed level and trend. */
  HOLT
}
