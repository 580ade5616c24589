package com.valorivx.engine.realoption;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.option.BinomialAssumptions;
import com.valorivx.engine.option.BinomialTreePricer;
import com.valorivx.engine.option.BlackScholesMertonPricer;
import com.valorivx.engine.option.ExerciseStyle;
import com.valorivx.engine.option.OptionAssumptions;
import com.valorivx.engine.option.OptionType;
import java.util.ArrayList;
import java.util.List;

/**
 * Values expand, abandon and defer options on a project as options on its value (Damodaran,
 * <i>Investment Valuation</i>, ch. 28–29): the project's PV plays the stock, the cost to expand or
 * invest (or the salvage value) the strike, the option's life the maturity, and the cost of delay
 * the dividend yield.
 *
 * <pre>
 * EXPAND   option = call(S = expansionFactor·V, K = exerciseCost)    static = V − investment
 * ABANDON  option = put (S = V, K = salvageValue)                    static = V − exerciseCost
 * DEFER    option = call(S = V, K = exerciseCost)                    static = V − exerciseCost
 * </pre>
 *
 * with r and q = {@code yield} continuously compounded. BLACK_SCHOLES prices the European option
 * with {@link BlackScholesMertonPricer}; BINOMIAL an American one on a Cox-Ross-Rubinstein
 * {@link BinomialTreePricer} lattice. Expanded NPV = static + option for EXPAND and ABANDON; for
 * DEFER, where the option replaces investing now, it is max(option, static): an American lattice
 * already checks exercise today, so there it equals the option value. Stateless and thread-safe.
 */
public final class RealOptionPricer {

  public static final RealOptionPricer DEFAULT = new RealOptionPricer();

  /** Most volatilities in a profile. */
  public static final int MAX_PROFILE_POINTS = 50;

  /** Option value, static NPV and expanded NPV. */
  public RealOptionValuation value(RealOptionAssumptions a) {
    OptionAssumptions option = option(a);
    // The lattice's price alone: a real option needs no greeks, and they would cost four more trees.
    double optionValue = a.method() == RealOptionMethod.BLACK_SCHOLES
        ? BlackScholesMertonPricer.DEFAULT.value(option).price()
        : BinomialTreePricer.DEFAULT.price(BinomialAssumptions.coxRossRubinstein(option, a.steps()));
    double staticNpv = a.underlyingValue() - (a.kind() == RealOptionKind.EXPAND ? a.investment() : a.exerciseCost());
    double expandedNpv = a.kind() == RealOptionKind.DEFER ? Math.max(optionValue, staticNpv) : staticNpv + optionValue;
    return new RealOptionValuation(optionValue, staticNpv, expandedNpv, option.spot(), option.strike());
  }

  /** The option at each of {@code volatilities} (each in (0, 5]), all else kept. */
  public RealOptionVolatilityProfile volatilityProfile(RealOptionAssumptions a, List<Double> volatilities) {
    Checks checks = Checks.start();
    if (volatilities == null || volatilities.isEmpty() || volatilities.size() > MAX_PROFILE_POINTS) {
      checks.reject("volatilities", "must hold 1 to " + MAX_PROFILE_POINTS + " values");
    } else {
      for (int i = 0; i < volatilities.size(); i++) {
        Double sigma = volatilities.get(i);
        checks.requireAt(sigma != null && Double.isFinite(sigma) && sigma > 0
            && sigma <= OptionAssumptions.MAX_VOLATILITY, "volatilities", i,
            "must be above 0% and at most " + Checks.percent(OptionAssumptions.MAX_VOLATILITY) + ", was "
                + (sigma == null ? "empty" : Checks.percent(sigma)));
      }
    }
    checks.throwIfAny();
    List<Double> options = new ArrayList<>();
    List<Double> expanded = new ArrayList<>();
    for (double sigma : volatilities) {
      RealOptionValuation v = value(a.withVolatility(sigma));
      options.add(v.optionValue());
      expanded.add(v.expandedNpv());
    }
    return new RealOptionVolatilityProfile(volatilities, options, expanded);
  }

  private static OptionAssumptions option(RealOptionAssumptions a) {
    ExerciseStyle style = a.method() == RealOptionMethod.BINOMIAL ? ExerciseStyle.AMERICAN : ExerciseStyle.EUROPEAN;
    return switch (a.kind()) {
      case EXPAND -> new OptionAssumptions(OptionType.CALL, style, a.expansionFactor() * a.underlyingValue(),
          a.exerciseCost(), a.maturityYears(), a.riskFreeRate(), a.volatility(), a.yield());
      case ABANDON -> new OptionAssumptions(OptionType.PUT, style, a.underlyingValue(), a.salvageValue(),
          a.maturityYears(), a.riskFreeRate(), a.volatility(), a.yield());
      case DEFER -> new OptionAssumptions(OptionType.CALL, style, a.underlyingValue(), a.exerciseCost(),
          a.maturityYears(), a.riskFreeRate(), a.volatility(), a.yield());
    };
  }
}
