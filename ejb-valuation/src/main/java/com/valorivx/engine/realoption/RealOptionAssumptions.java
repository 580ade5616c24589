package com.valorivx.engine.realoption;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.option.BinomialAssumptions;
import com.valorivx.engine.option.OptionAssumptions;

/**
 * A project and the option on it. Money in one currency and scale; rates are continuously
 * compounded decimals per year; time in years. Fields that a kind does not use are 0.
 *
 * <table>
 * <caption>What each kind values</caption>
 * <tr><th>kind</th><th>option</th><th>static NPV</th><th>expanded NPV</th></tr>
 * <tr><td>EXPAND</td><td>call on expansionFactor × underlyingValue, strike exerciseCost (the cost of expanding)</td>
 *     <td>underlyingValue − investment (the base project taken now)</td><td>static NPV + option</td></tr>
 * <tr><td>ABANDON</td><td>put on underlyingValue, strike salvageValue</td>
 *     <td>underlyingValue − exerciseCost (the project's investment)</td><td>static NPV + option</td></tr>
 * <tr><td>DEFER</td><td>call on underlyingValue, strike exerciseCost (the investment when made)</td>
 *     <td>underlyingValue − exerciseCost (investing today)</td>
 *     <td>max(option, static NPV): the opportunity is worth waiting or investing now, whichever is more</td></tr>
 * </table>
 *
 * @param kind EXPAND, ABANDON or DEFER
 * @param method BLACK_SCHOLES (European) or BINOMIAL (American lattice)
 * @param underlyingValue PV of the project's expected cash flows, &gt; 0
 * @param exerciseCost EXPAND: the expansion cost, &gt; 0; ABANDON: the project's investment, ≥ 0;
 *     DEFER: the investment, &gt; 0
 * @param investment EXPAND only: the base project's investment, ≥ 0
 * @param salvageValue ABANDON only: what walking away brings, &gt; 0
 * @param expansionFactor EXPAND only: the expansion's value as a multiple of the project's, &gt; 0
 * @param maturityYears how long the option lives, in (0, 100]
 * @param volatility annual volatility of the project value, in (0, 5]
 * @param riskFreeRate continuously compounded, above −1
 * @param yield the value lost a year while the option is held (cost of delay, e.g. 1/patent life),
 *     a continuous yield above −1; 0 for none
 * @param steps BINOMIAL: lattice steps, 1..10,000; 0 for BLACK_SCHOLES
 */
public record RealOptionAssumptions(RealOptionKind kind, RealOptionMethod method, double underlyingValue,
    double exerciseCost, double investment, double salvageValue, double expansionFactor, double maturityYears,
    double volatility, double riskFreeRate, double yield, int steps) {

  public RealOptionAssumptions {
    Checks checks = Checks.start()
        .require(kind != null, "kind", "is required: EXPAND, ABANDON or DEFER")
        .require(method != null, "method", "is required: BLACK_SCHOLES or BINOMIAL")
        .require(positive(underlyingValue), "underlyingValue",
            () -> "must be a positive present value, was " + underlyingValue);
    if (kind == RealOptionKind.ABANDON) {
      checks.require(Double.isFinite(exerciseCost) && exerciseCost >= 0, "exerciseCost",
              () -> "must be the project's investment, not negative, was " + exerciseCost)
          .require(positive(salvageValue), "salvageValue", () -> "must be a positive amount, was " + salvageValue);
    } else if (kind != null) {
      checks.require(positive(exerciseCost), "exerciseCost", () -> "must be a positive amount, was " + exerciseCost);
    }
    if (kind == RealOptionKind.EXPAND) {
      checks.require(Double.isFinite(investment) && investment >= 0, "investment",
              () -> "must be the base project's investment, not negative, was " + investment)
          .require(positive(expansionFactor), "expansionFactor",
              () -> "must be a positive multiple of the project's value, was " + expansionFactor);
    }
    checks.require(Double.isFinite(maturityYears) && maturityYears > 0
            && maturityYears <= OptionAssumptions.MAX_MATURITY_YEARS, "maturityYears",
            () -> "must be above 0 and at most " + (int) OptionAssumptions.MAX_MATURITY_YEARS + " years, was " + maturityYears)
        .require(Double.isFinite(volatility) && volatility > 0 && volatility <= OptionAssumptions.MAX_VOLATILITY,
            "volatility", () -> "must be above 0% and at most " + Checks.percent(OptionAssumptions.MAX_VOLATILITY)
                + ", was " + percent(volatility))
        .require(Double.isFinite(riskFreeRate) && riskFreeRate > -1, "riskFreeRate",
            () -> "must be a finite rate above -100%, was " + percent(riskFreeRate))
        .require(Double.isFinite(yield) && yield > -1, "yield", () -> "must be a finite rate above -100%, was " + percent(yield));
    if (method == RealOptionMethod.BINOMIAL) {
      checks.require(steps >= 1 && steps <= BinomialAssumptions.MAX_STEPS, "steps",
          () -> "must be between 1 and " + BinomialAssumptions.MAX_STEPS + ", was " + steps);
    }
    checks.throwIfAny();
  }

  /** The same option at another volatility (for the volatility profile). */
  public RealOptionAssumptions withVolatility(double newVolatility) {
    return new RealOptionAssumptions(kind, method, underlyingValue, exerciseCost, investment, salvageValue,
        expansionFactor, maturityYears, newVolatility, riskFreeRate, yield, steps);
  }

  private static boolean positive(double value) {
    return Double.isFinite(value) && value > 0;
  }

  /** A rate as the screens show it, in percent; a value that is not a number as it is. */
  private static String percent(double rate) {
    return Double.isFinite(rate) ? Checks.percent(rate) : String.valueOf(rate);
  }
}
