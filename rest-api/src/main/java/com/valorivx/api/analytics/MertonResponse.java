package com.valorivx.api.analytics;

import com.valorivx.analytics.CreditService;
import com.valorivx.engine.credit.MertonResult;
import java.util.UUID;

/**
 * Answer to {@code POST /api/v1/analytics/credit/merton} (API.md) with the stored run's id:
 * distanceToDefault is d2, probabilityOfDefault N(−d2) (risk-neutral), marketValueOfDebt V − E,
 * expectedLoss PD·LGD·D, creditSpread −ln((V − E)/D)/T − r.
 */
public record MertonResponse(UUID id, double assetValue, double assetVolatility, double distanceToDefault,
    double probabilityOfDefault, double marketValueOfDebt, double expectedLoss, double creditSpread, String method) {

  static MertonResponse of(CreditService.Run<MertonResult> run) {
    MertonResult r = run.result();
    return new MertonResponse(run.id(), r.assetValue(), r.assetVolatility(), r.distanceToDefault(),
        r.probabilityOfDefault(), r.marketValueOfDebt(), r.expectedLoss(), r.creditSpread(), r.method());
  }
}
