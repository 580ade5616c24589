package com.valorivx.analytics;

import com.valorivx.engine.forecast.ForecastResult;
import java.util.List;

/** The forecasts of a batch, one per series in the request's order, each under its series' name. */
public record ForecastBatchResult(int seriesCount, List<Named> forecasts) {

  public ForecastBatchResult {
    forecasts = List.copyOf(forecasts);
  }

  /** One series' forecast. */
  public record Named(String name, ForecastResult forecast) {
  }
}
