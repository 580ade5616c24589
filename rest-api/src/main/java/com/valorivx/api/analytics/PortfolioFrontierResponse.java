package com.valorivx.api.analytics;

import com.valorivx.analytics.PortfolioFrontierRun;
import com.valorivx.engine.portfolio.EfficientFrontier;
import com.valorivx.engine.portfolio.FrontierPoint;
import java.util.List;
import java.util.UUID;

/** The efficient frontier as {@code POST /analytics/portfolio/frontier} answers it. */
public record PortfolioFrontierResponse(UUID id, List<String> assets, List<FrontierPoint> points,
    PortfolioResponse minimumVariance, PortfolioResponse tangency, String version) {

  static PortfolioFrontierResponse of(PortfolioFrontierRun run) {
    EfficientFrontier f = run.frontier();
    return new PortfolioFrontierResponse(run.id(), f.assets(), f.points(),
        PortfolioResponse.of(null, f.minimumVariance()), PortfolioResponse.of(null, f.tangency()), f.version());
  }
}
