package com.valorivx.web.valuation;

import com.valorivx.engine.realoption.RealOptionValuation;
import java.io.Serializable;
import java.util.UUID;

/** What the real-options page shows after valuing: the run id, the valuation and the volatility chart. */
public record RealOptionResultView(UUID runId, RealOptionValuation valuation, String volatilityChartJson)
    implements Serializable {

  private static final long serialVersionUID = 1L;
}
