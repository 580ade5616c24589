package com.valorivx.api.valuation;

import com.valorivx.engine.realoption.RealOptionValuation;
import com.valorivx.valuation.RealOptionRun;
import java.util.UUID;

/**
 * Answer to {@code POST /api/v1/valuations/real-options}: option value, static NPV and expanded
 * NPV (API.md) with the id of the stored run, and the option's underlying ({@code spot}) and
 * {@code strike}.
 */
public record RealOptionValuationResponse(UUID id, double optionValue, double staticNpv, double expandedNpv,
    double spot, double strike) {

  static RealOptionValuationResponse of(RealOptionRun run) {
    RealOptionValuation v = run.valuation();
    return new RealOptionValuationResponse(run.id(), v.optionValue(), v.staticNpv(), v.expandedNpv(), v.spot(),
        v.strike());
  }
}
