package com.valorivx.valuation;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.mna.ConsiderationMix;
import com.valorivx.engine.mna.MnaAssumptions;
import com.valorivx.engine.mna.MnaGridAssumptions;
import java.util.List;

/**
 * An accretion grid as callers write it: the {@code base} deal (whose {@code target.marketValue}
 * is required), {@code premiums} over that market value (rows) and {@code stockShares} of the
 * price (columns). Errors inside the base are named under {@code base.}.
 */
public record MnaGridRequest(MnaRequest base, List<Double> premiums, List<Double> stockShares) {

  /** Never valued: it only lets the axes be checked when the base itself was rejected. */
  private static final MnaAssumptions STAND_IN = new MnaAssumptions(1, 1, 1, 0, 1,
      ConsiderationMix.allStock(), 0, 0, 0, 0, 0, 0);

  /** Checks every field and builds the grid; all errors come back together. */
  public MnaGridAssumptions toAssumptions() {
    Checks checks = Checks.start();
    MnaAssumptions deal = null;
    Double marketValue = null;
    if (base == null) {
      checks.reject("base", "is required: an M&A request with target.marketValue");
    } else {
      try {
        deal = base.toAssumptions();
      } catch (InvalidAssumptionsException e) {
        e.errors().forEach(error -> checks.reject("base." + error.field(), error.message()));
      }
      marketValue = base.target() == null ? null : base.target().marketValue();
      checks.require(marketValue != null || base.target() == null, "base.target.marketValue",
          "is required for the grid: premiums are relative to it");
    }
    if (checks.hasErrors()) {
      // The axes are still checked, so every bad field is named at once.
      MnaAssumptions stand = deal;
      checks.attempt(() -> new MnaGridAssumptions(stand == null ? STAND_IN : stand, 1, premiums, stockShares));
      checks.throwIfAny();
    }
    MnaAssumptions checkedDeal = deal;
    double checkedMarketValue = marketValue;
    return checks.attemptOrThrow(() -> new MnaGridAssumptions(checkedDeal, checkedMarketValue, premiums, stockShares));
  }
}
