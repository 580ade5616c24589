package com.valorivx.analytics;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.credit.AltmanInputs;
import com.valorivx.engine.credit.AltmanModel;

/**
 * {@code POST /api/v1/analytics/credit/altman}. Every variant needs {@code workingCapitalToAssets},
 * {@code retainedEarningsToAssets} and {@code ebitToAssets}; ORIGINAL also {@code marketEquityToLiabilities}
 * and {@code salesToAssets}; PRIVATE {@code bookEquityToLiabilities} and {@code salesToAssets};
 * NON_MANUFACTURING {@code bookEquityToLiabilities} and no sales. A missing field the variant needs, or a
 * field it does not use, is named in the error. {@code model} defaults to ORIGINAL.
 */
public record AltmanRequest(String name, String model, Double workingCapitalToAssets, Double retainedEarningsToAssets,
    Double ebitToAssets, Double marketEquityToLiabilities, Double bookEquityToLiabilities, Double salesToAssets) {

  public AltmanInputs toAssumptions() {
    Checks checks = Checks.start();
    AltmanModel variant = null;
    if (model == null) {
      variant = AltmanModel.ORIGINAL;
    } else {
      try {
        variant = AltmanModel.valueOf(model);
      } catch (IllegalArgumentException e) {
        checks.reject("model", "must be ORIGINAL, PRIVATE or NON_MANUFACTURING, was " + model);
      }
    }
    checks.finite(workingCapitalToAssets, "workingCapitalToAssets");
    checks.finite(retainedEarningsToAssets, "retainedEarningsToAssets");
    checks.finite(ebitToAssets, "ebitToAssets");
    Double equity = null;
    if (variant != null) {
      boolean market = AltmanInputs.MARKET_EQUITY.equals(variant.equityField());
      equity = market ? marketEquityToLiabilities : bookEquityToLiabilities;
      checks.finite(equity, variant.equityField());
      checks.require((market ? bookEquityToLiabilities : marketEquityToLiabilities) == null,
          market ? AltmanInputs.BOOK_EQUITY : AltmanInputs.MARKET_EQUITY,
          "is not part of the " + variant + " score (use " + variant.equityField() + ")");
      if (variant.usesSales()) {
        checks.finite(salesToAssets, "salesToAssets");
      } else {
        checks.require(salesToAssets == null, "salesToAssets", "is not part of the " + variant + " score");
      }
    }
    checks.throwIfAny();
    AltmanModel chosen = variant;
    double x4 = equity;
    return checks.attemptOrThrow(() -> new AltmanInputs(chosen, workingCapitalToAssets, retainedEarningsToAssets,
        ebitToAssets, x4, salesToAssets));
  }
}
