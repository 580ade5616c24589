package com.valorivx.api.valuation;

import com.valorivx.engine.option.OptionGreeks;
import com.valorivx.engine.option.OptionValuation;
import com.valorivx.valuation.OptionRun;
import java.util.UUID;

/**
 * Answer to {@code POST /api/v1/valuations/options}: the price and greeks with the id of the
 * stored run. Greeks are per unit change: theta per year, vega per 1.00 of volatility, rho per 1.00
 * of rate.
 *
 * @param standardError Monte Carlo only; absent for the other methods
 */
public record OptionValuationResponse(UUID id, double price, OptionGreeks greeks, Double standardError) {

  static OptionValuationResponse of(OptionRun run) {
    OptionValuation v = run.valuation();
    return new OptionValuationResponse(run.id(), v.price(), v.greeks(), v.standardError());
  }
}
