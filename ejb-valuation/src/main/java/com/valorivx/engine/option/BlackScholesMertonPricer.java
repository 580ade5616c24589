package com.valorivx.engine.option;

import com.valorivx.engine.common.InvalidAssumptionsException;

/**
 * Black-Scholes-Merton closed form for European options on an underlying with continuous
 * dividend yield q (Hull, <i>Options, Futures, and Other Derivatives</i>, ch. 15 and 17):
 *
 * <pre>
 * d1 = (ln(S/K) + (r − q + σ²/2)T) / (σ√T),   d2 = d1 − σ√T
 * call = S e^(−qT) N(d1) − K e^(−rT) N(d2)
 * put  = K e^(−rT) N(−d2) − S e^(−qT) N(−d1)
 * </pre>
 *
 * Greeks per unit change (Hull ch. 19), n = standard normal density:
 *
 * <pre>
 * delta: call e^(−qT) N(d1), put e^(−qT) (N(d1) − 1)
 * gamma: e^(−qT) n(d1) / (S σ √T)
 * vega:  S e^(−qT) n(d1) √T                      (per 1.00 of σ)
 * theta: call −S e^(−qT) n(d1) σ/(2√T) + q S e^(−qT) N(d1) − r K e^(−rT) N(d2)
 *        put  −S e^(−qT) n(d1) σ/(2√T) − q S e^(−qT) N(−d1) + r K e^(−rT) N(−d2)   (per year)
 * rho:   call K T e^(−rT) N(d2), put −K T e^(−rT) N(−d2)   (per 1.00 of r)
 * </pre>
 *
 * Stateless and thread-safe. American options are rejected: they have no closed form here.
 */
public final class BlackScholesMertonPricer {

  public static final BlackScholesMertonPricer DEFAULT = new BlackScholesMertonPricer();

  /** Price and greeks of a European option. */
  public OptionValuation value(OptionAssumptions a) {
    if (a.style() != ExerciseStyle.EUROPEAN) {
      throw new InvalidAssumptionsException("style",
          "Black-Scholes values EUROPEAN options only; use BINOMIAL for AMERICAN");
    }
    double s = a.spot();
    double k = a.strike();
    double t = a.maturityYears();
    double r = a.riskFreeRate();
    double q = a.dividendYield();
    double sigma = a.volatility();
    double sqrtT = Math.sqrt(t);
    double d1 = (Math.log(s / k) + (r - q + sigma * sigma / 2) * t) / (sigma * sqrtT);
    double d2 = d1 - sigma * sqrtT;
    double dividendDiscount = Math.exp(-q * t);
    double discount = Math.exp(-r * t);
    double density = StandardNormal.density(d1);
    double gamma = dividendDiscount * density / (s * sigma * sqrtT);
    double vega = s * dividendDiscount * density * sqrtT;
    double decay = -s * dividendDiscount * density * sigma / (2 * sqrtT);
    if (a.type() == OptionType.CALL) {
      double nd1 = StandardNormal.cdf(d1);
      double nd2 = StandardNormal.cdf(d2);
      double price = s * dividendDiscount * nd1 - k * discount * nd2;
      double theta = decay + q * s * dividendDiscount * nd1 - r * k * discount * nd2;
      return new OptionValuation(price,
          new OptionGreeks(dividendDiscount * nd1, gamma, theta, vega, k * t * discount * nd2), null);
    }
    double nMinusD1 = StandardNormal.cdf(-d1);
    double nMinusD2 = StandardNormal.cdf(-d2);
    double price = k * discount * nMinusD2 - s * dividendDiscount * nMinusD1;
    double theta = decay - q * s * dividendDiscount * nMinusD1 + r * k * discount * nMinusD2;
    return new OptionValuation(price,
        new OptionGreeks(-dividendDiscount * nMinusD1, gamma, theta, vega, -k * t * discount * nMinusD2), null);
  }
}
