package com.valorivx.engine.lbo;

import com.valorivx.engine.common.Checks;

/**
 * EBITDA grows at a constant rate from the entry EBITDA: EBITDA_t = EBITDA_0 · (1 + g)^t. The
 * cash available for debt service before interest is a fixed share of it:
 * CF_t = cashConversion · EBITDA_t. Taxes, capex and working capital are inside that share, so
 * this model has no interest tax shield (use {@link FullOperatingModel} for one).
 *
 * @param ebitdaGrowth g, annual EBITDA growth, decimal, in (−1, 1]
 * @param cashConversion free cash flow before interest as a share of EBITDA, in [0, 1]
 */
public record SimpleOperatingModel(double ebitdaGrowth, double cashConversion) implements OperatingModel {

  public SimpleOperatingModel {
    Checks.start()
        .require(Double.isFinite(ebitdaGrowth) && ebitdaGrowth > -1 && ebitdaGrowth <= 1, "ebitdaGrowth",
            () -> "must be above -100% and at most 100% a year, was " + Checks.percent(ebitdaGrowth))
        .require(Double.isFinite(cashConversion) && cashConversion >= 0 && cashConversion <= 1, "cashConversion",
            () -> "must be between 0% and 100% of EBITDA, was " + Checks.percent(cashConversion))
        .throwIfAny();
  }
}
