package com.valorivx.api.analytics;

import com.valorivx.analytics.ForecastRun;
import com.valorivx.engine.forecast.ForecastResult;
import com.valorivx.engine.forecast.MethodForecast;
import java.util.List;
import java.util.UUID;

/**
 * Answer to {@code POST /api/v1/analytics/forecast}: the stored run's {@code id}, each method's
 * parameters, forecast points with prediction intervals and holdout MAPE, and the
 * {@code recommended} method (lowest MAPE).
 */
public record ForecastResponse(UUID id, String recommended, double recommendedMape, int holdout, double confidence,
    List<MethodForecast> methods) {

  static ForecastResponse of(ForecastRun run) {
    ForecastResult r = run.result();
    return new ForecastResponse(run.id(), r.recommended().name(), r.recommendedMape(), r.holdout(), r.confidence(),
        r.methods());
  }
}
