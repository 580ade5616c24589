package com.valorivx.api.analytics;

import com.valorivx.analytics.PortfolioRun;
import com.valorivx.engine.portfolio.PortfolioResult;
import java.util.List;
import java.util.UUID;

/** An optimised portfolio as {@code POST /analytics/portfolio/optimize} answers it. */
public record PortfolioResponse(UUID id, String objective, List<String> assets, List<Double> weights,
    double expectedReturn, double volatility, Double sharpeRatio, List<Double> riskContributions, String version) {

  static PortfolioResponse of(UUID runId, PortfolioResult r) {
    return r == null ? null : new PortfolioResponse(runId, r.objective().name(), r.assets(), r.weights(),
        r.expectedReturn(), r.volatility(), r.sharpeRatio(), r.riskContributions(), r.version());
  }

  static PortfolioResponse of(PortfolioRun run) {
    return of(run.id(), run.result());
  }
}
