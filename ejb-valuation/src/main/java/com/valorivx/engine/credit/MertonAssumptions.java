package com.valorivx.engine.credit;

import com.valorivx.engine.common.Checks;

/**
 * A firm's observed equity and its debt, for the structural (Merton) model: equity is a European
 * call on the firm's assets struck at the face value of debt due at T. Rates are decimals,
 * continuously compounded, per year.
 *
 * @param equityValue E, market value of equity today, &gt; 0
 * @param equityVolatility σ_E, annual volatility of equity, in (0, 5]
 * @param debtFaceValue D, face value of debt repaid at T, &gt; 0
 * @param maturityYears T, years to the debt's repayment, in (0, 100]
 * @param riskFreeRate r, finite and &gt; −1
 * @param lossGivenDefault LGD, fraction of the face value lost on default, in [0, 1]
 */
public record MertonAssumptions(double equityValue, double equityVolatility, double debtFaceValue,
    double maturityYears, double riskFreeRate, double lossGivenDefault) {

  /** Longest maturity accepted, in years. */
  public static final double MAX_MATURITY_YEARS = 100;
  /** Largest equity volatility accepted (500 %). */
  public static final double MAX_VOLATILITY = 5;

  public MertonAssumptions {
    Checks.start()
        .require(Double.isFinite(equityValue) && equityValue > 0, "equityValue",
            () -> "must be a positive number, was " + equityValue)
        .require(Double.isFinite(equityVolatility) && equityVolatility > 0 && equityVolatility <= MAX_VOLATILITY,
            "equityVolatility", () -> "must be above 0 and at most " + Checks.percent(MAX_VOLATILITY) + ", was "
                + equityVolatility)
        .require(Double.isFinite(debtFaceValue) && debtFaceValue > 0, "debtFaceValue",
            () -> "must be a positive number, was " + debtFaceValue)
        .require(Double.isFinite(maturityYears) && maturityYears > 0 && maturityYears <= MAX_MATURITY_YEARS,
            "maturityYears", () -> "must be above 0 and at most " + (int) MAX_MATURITY_YEARS + " years, was "
                + maturityYears)
        .require(Double.isFinite(riskFreeRate) && riskFreeRate > -1, "riskFreeRate",
            () -> "must be a finite rate above -100%, was " + riskFreeRate)
        .require(Double.isFinite(lossGivenDefault) && lossGivenDefault >= 0 && lossGivenDefault <= 1,
            "lossGivenDefault", () -> "must be between 0 and 1 (0% to 100%), was " + lossGivenDefault)
        .throwIfAny();
  }

  /** The same firm with another face value of debt (for leverage profiles). */
  public MertonAssumptions withDebtFaceValue(double newDebt) {
    return new MertonAssumptions(equityValue, equityVolatility, newDebt, maturityYears, riskFreeRate,
        lossGivenDefault);
  }
}
