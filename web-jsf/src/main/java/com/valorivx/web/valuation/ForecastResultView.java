package com.valorivx.web.valuation;

import com.valorivx.engine.forecast.ForecastResult;
import java.io.Serializable;
import java.util.UUID;

/** A forecast as the page shows it: the run, the result, the chart's JSON and its data as CSV. */
public record ForecastResultView(UUID runId, ForecastResult result, String chartJson, String csv)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
