package com.valorivx.engine.option;

import com.valorivx.engine.common.Checks;

/**
 * A vanilla option on an underlying that pays a continuous dividend yield. Rates are decimals
 * (0.05 = 5 %), continuously compounded and per year; time is in years (act/365-style year
 * fractions as the caller computes them).
 *
 * @param type CALL or PUT
 * @param style EUROPEAN or AMERICAN exercise
 * @param spot S, today's price of the underlying, &gt; 0
 * @param strike K, &gt; 0
 * @param maturityYears T, years to expiry, in (0, 100]
 * @param riskFreeRate r, continuously compounded, finite and &gt; −1
 * @param volatility σ, annual volatility of log returns, in (0, 5]
 * @param dividendYield q, continuous dividend yield, finite and &gt; −1 (0 for none)
 */
public record OptionAssumptions(OptionType type, ExerciseStyle style, double spot, double strike,
    double maturityYears, double riskFreeRate, double volatility, double dividendYield) {

  /** Longest maturity accepted, in years. */
  public static final double MAX_MATURITY_YEARS = 100;
  /** Largest annual volatility accepted (500 %). */
  public static final double MAX_VOLATILITY = 5;

  public OptionAssumptions {
    Checks.start()
        .require(type != null, "type", "is required: CALL or PUT")
        .require(style != null, "style", "is required: EUROPEAN or AMERICAN")
        .require(Double.isFinite(spot) && spot > 0, "spot", () -> "must be a positive number, was " + spot)
        .require(Double.isFinite(strike) && strike > 0, "strike", () -> "must be a positive number, was " + strike)
        .require(Double.isFinite(maturityYears) && maturityYears > 0 && maturityYears <= MAX_MATURITY_YEARS,
            "maturityYears", () -> "must be above 0 and at most " + (int) MAX_MATURITY_YEARS + " years, was " + maturityYears)
        .require(Double.isFinite(riskFreeRate) && riskFreeRate > -1, "riskFreeRate",
            () -> "must be a finite rate above -100%, was " + riskFreeRate)
        .require(Double.isFinite(volatility) && volatility > 0 && volatility <= MAX_VOLATILITY, "volatility",
            () -> "must be above 0 and at most " + Checks.percent(MAX_VOLATILITY) + ", was " + volatility)
        .require(Double.isFinite(dividendYield) && dividendYield > -1, "dividendYield",
            () -> "must be a finite rate above -100%, was " + dividendYield)
        .throwIfAny();
  }

  /** The same option with another exercise style. */
  public OptionAssumptions withStyle(ExerciseStyle newStyle) {
    return new OptionAssumptions(type, newStyle, spot, strike, maturityYears, riskFreeRate, volatility, dividendYield);
  }

  /** The same option with another spot (for bumped greeks). */
  OptionAssumptions withSpot(double newSpot) {
    return new OptionAssumptions(type, style, newSpot, strike, maturityYears, riskFreeRate, volatility, dividendYield);
  }

  /** The same option with another volatility (for bumped greeks). */
  OptionAssumptions withVolatility(double newVolatility) {
    return new OptionAssumptions(type, style, spot, strike, maturityYears, riskFreeRate, newVolatility, dividendYield);
  }

  /** The same option with another risk-free rate (for bumped greeks). */
  OptionAssumptions withRiskFreeRate(double newRate) {
    return new OptionAssumptions(type, style, spot, strike, maturityYears, newRate, volatility, dividendYield);
  }

  /** The same option with another maturity (for bumped greeks). */
  OptionAssumptions withMaturityYears(double newMaturity) {
    return new OptionAssumptions(type, style, spot, strike, newMaturity, riskFreeRate, volatility, dividendYield);
  }
}
