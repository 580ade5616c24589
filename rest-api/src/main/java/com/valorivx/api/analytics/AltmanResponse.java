package com.valorivx.api.analytics;

import com.valorivx.analytics.CreditService;
import com.valorivx.engine.credit.AltmanResult;
import java.util.List;
import java.util.UUID;

/**
 * Answer to {@code POST /api/v1/analytics/credit/altman} (API.md) with the stored run's id, the
 * variant's cut-offs and each term's contribution (X1 first).
 */
public record AltmanResponse(UUID id, String model, double zScore, String zone, double safeAbove,
    double distressBelow, List<Double> contributions) {

  static AltmanResponse of(CreditService.Run<AltmanResult> run) {
    AltmanResult r = run.result();
    return new AltmanResponse(run.id(), r.model().name(), r.zScore(), r.zone().name(), r.safeAbove(),
        r.distressBelow(), r.contributions());
  }
}
