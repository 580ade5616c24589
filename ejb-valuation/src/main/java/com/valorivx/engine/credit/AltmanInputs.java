package com.valorivx.engine.credit;

import com.valorivx.engine.common.Checks;

/**
 * A firm's ratios for a Z-score variant. {@code equityToLiabilities} is X4: market equity over total
 * liabilities for ORIGINAL, book equity over total liabilities for PRIVATE and NON_MANUFACTURING;
 * {@code salesToAssets} is X5 and must be null for NON_MANUFACTURING (no sales term).
 */
public record AltmanInputs(AltmanModel model, double workingCapitalToAssets, double retainedEarningsToAssets,
    double ebitToAssets, double equityToLiabilities, Double salesToAssets) {

  /** The JSON name of X4 for ORIGINAL. */
  public static final String MARKET_EQUITY = "marketEquityToLiabilities";
  /** The JSON name of X4 for PRIVATE and NON_MANUFACTURING. */
  public static final String BOOK_EQUITY = "bookEquityToLiabilities";

  public AltmanInputs {
    Checks checks = Checks.start()
        .require(model != null, "model", "is required: ORIGINAL, PRIVATE or NON_MANUFACTURING")
        .require(Double.isFinite(workingCapitalToAssets), "workingCapitalToAssets", "must be a finite number")
        .require(Double.isFinite(retainedEarningsToAssets), "retainedEarningsToAssets", "must be a finite number")
        .require(Double.isFinite(ebitToAssets), "ebitToAssets", "must be a finite number");
    if (model != null) {
      checks.require(Double.isFinite(equityToLiabilities), model.equityField(), "must be a finite number");
      if (model.usesSales()) {
        checks.require(salesToAssets != null && Double.isFinite(salesToAssets) && salesToAssets >= 0,
            "salesToAssets", "must be a finite number of at least 0");
      } else {
        checks.require(salesToAssets == null, "salesToAssets", "is not part of the " + model + " score");
      }
    }
    checks.throwIfAny();
  }
}
