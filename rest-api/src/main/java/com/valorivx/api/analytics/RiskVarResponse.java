package com.valorivx.api.analytics;

import com.valorivx.analytics.RiskRun;
import com.valorivx.engine.risk.RiskResult;
import java.util.List;
import java.util.UUID;

/**
 * Answer to {@code POST /api/v1/analytics/risk/var}: {@code valueAtRisk} and {@code expectedShortfall}
 * (API.md) with the id of the stored run, the Monte Carlo {@code standardError}, the component VaR per
 * position, the stress P&amp;L per scenario and a loss histogram.
 */
public record RiskVarResponse(UUID id, String method, double confidence, int horizonDays, double valueAtRisk,
    double expectedShortfall, Double standardError, Double portfolioVolatility, int scenarioCount, int tailCount,
    List<RiskResult.ComponentVar> components, List<RiskResult.StressResult> stress, List<RiskResult.Bin> histogram) {

  static RiskVarResponse of(RiskRun run) {
    RiskResult r = run.result();
    return new RiskVarResponse(run.id(), r.method().name(), r.confidence(), r.horizonDays(), r.valueAtRisk(),
        r.expectedShortfall(), r.standardError(), r.portfolioVolatility(), r.scenarioCount(), r.tailCount(),
        r.components(), r.stress(), r.histogram());
  }
}
