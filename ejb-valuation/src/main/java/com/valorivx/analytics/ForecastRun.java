package com.valorivx.analytics;

import com.valorivx.engine.forecast.ForecastResult;
import java.util.UUID;

/** A forecast and the id of the run that stores it. */
public record ForecastRun(UUID id, ForecastResult result) {
}
