/**
 * Revenue forecasting from a history of evenly spaced values: a linear trend fitted by ordinary
 * least squares and Holt's linear exponential smoothing, each with prediction intervals and a
 * holdout backtest error (MAPE) so the better method can be picked.
 */
package com.valorivx.engine.forecast;
