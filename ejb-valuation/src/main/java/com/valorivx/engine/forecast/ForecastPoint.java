package com.valorivx.engine.forecast;

/** One forecast {@code step} periods after the last observation, with its prediction interval. */
public record ForecastPoint(int step, double value, double lower, double upper) {
}
