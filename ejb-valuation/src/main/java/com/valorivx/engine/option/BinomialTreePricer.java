package com.valorivx.engine.option;

/**
 * Recombining binomial tree (Cox, Ross and Rubinstein 1979; Hull ch. 13 and 21). With Δt = T/n,
 * up factor u and down factor d (CRR: u = e^(σ√Δt), d = 1/u), the risk-neutral up probability is
 * p = (e^((r−q)Δt) − d)/(u − d). Node (i, j), j ups after i steps, carries S u^j d^(i−j). At
 * maturity the value is the payoff; rolling back,
 *
 * <pre>
 * f(i, j) = e^(−rΔt) [p f(i+1, j+1) + (1 − p) f(i+1, j)]
 * </pre>
 *
 * and an American option takes max(that, exercise value at the node) at every node, including
 * time 0.
 *
 * <p>Greeks from the tree (Hull 21.1): delta = (f11 − f10)/(S u − S d); gamma =
 * [(f22 − f21)/(S u² − S ud) − (f21 − f20)/(S ud − S d²)] / [(S u² − S d²)/2]; theta =
 * (f21 − f00)/(2Δt) per year (exact in spirit for CRR, where ud = 1; an approximation for explicit
 * factors). A one-step tree has no second step: its gamma and theta come from revaluing with
 * spot ±1 % and maturity shortened by 1 %. Vega and rho are central differences of revalued trees
 * (σ ± {@value #VOLATILITY_BUMP}, r ± {@value #RATE_BUMP}); with explicit factors the tree does not
 * use σ, so vega is 0. All greeks per unit change, theta per year.
 *
 * <p>Stateless and thread-safe; O(n²) time, O(n) memory.
 */
public final class BinomialTreePricer {

  public static final BinomialTreePricer DEFAULT = new BinomialTreePricer();

  /** Absolute volatility bump for vega (capped at half the volatility). */
  static final double VOLATILITY_BUMP = 1e-3;
  /** Absolute rate bump for rho. */
  static final double RATE_BUMP = 1e-4;

  /** Price and greeks. */
  public OptionValuation value(BinomialAssumptions b) {
    OptionAssumptions a = b.option();
    int n = b.steps();
    double dt = a.maturityYears() / n;
    double s = a.spot();
    double u = up(b, a);
    double d = down(b, a, u);
    double[] f = roll(a, n, u, d, true);
    double price = f[0];
    double delta = (f[2] - f[1]) / (s * u - s * d);
    double gamma;
    double theta;
    if (n >= 2) {
      double upper = (f[5] - f[4]) / (s * u * u - s * u * d);
      double lower = (f[4] - f[3]) / (s * u * d - s * d * d);
      gamma = (upper - lower) / ((s * u * u - s * d * d) / 2);
      theta = (f[4] - f[0]) / (2 * dt);
    } else {
      double h = 0.01 * s;
      double priceUp = price(b, a.withSpot(s + h));
      double priceDown = price(b, a.withSpot(s - h));
      gamma = (priceUp - 2 * price + priceDown) / (h * h);
      double shorter = 0.01 * a.maturityYears();
      theta = (price(b, a.withMaturityYears(a.maturityYears() - shorter)) - price) / shorter;
    }
    double vega = 0;
    if (!b.explicitFactors()) {
      double h = Math.min(VOLATILITY_BUMP, a.volatility() / 2);
      vega = (price(b, a.withVolatility(a.volatility() + h)) - price(b, a.withVolatility(a.volatility() - h))) / (2 * h);
    }
    double rho = (price(b, a.withRiskFreeRate(a.riskFreeRate() + RATE_BUMP))
        - price(b, a.withRiskFreeRate(a.riskFreeRate() - RATE_BUMP))) / (2 * RATE_BUMP);
    return new OptionValuation(price, new OptionGreeks(delta, gamma, theta, vega, rho), null);
  }

  /** The price alone: one tree, no greeks (for callers such as the real-option pricer that need no more). */
  public double price(BinomialAssumptions b) {
    return price(b, b.option());
  }

  /** The tree's price for a revalued option with the same steps and (explicit or CRR) factors. */
  private static double price(BinomialAssumptions b, OptionAssumptions a) {
    double u = up(b, a);
    return roll(a, b.steps(), u, down(b, a, u), false)[0];
  }

  private static double up(BinomialAssumptions b, OptionAssumptions a) {
    return b.explicitFactors() ? b.up() : Math.exp(a.volatility() * Math.sqrt(a.maturityYears() / b.steps()));
  }

  private static double down(BinomialAssumptions b, OptionAssumptions a, double u) {
    return b.explicitFactors() ? b.down() : 1 / u;
  }

  /**
   * Rolls the tree back to time 0. Returns f00, and when {@code keepEarlyNodes} also f10, f11,
   * f20, f21, f22 (index 1..5) for the greeks.
   */
  private static double[] roll(OptionAssumptions a, int n, double u, double d, boolean keepEarlyNodes) {
    double dt = a.maturityYears() / n;
    double discount = Math.exp(-a.riskFreeRate() * dt);
    double p = (Math.exp((a.riskFreeRate() - a.dividendYield()) * dt) - d) / (u - d);
    double pUp = discount * p;
    double pDown = discount * (1 - p);
    boolean american = a.style() == ExerciseStyle.AMERICAN;
    OptionType type = a.type();
    double s = a.spot();
    double k = a.strike();
    // Powers computed directly, not by repeated multiplication, so deep trees keep their node prices exact.
    double[] upPowers = new double[n + 1];
    double[] downPowers = new double[n + 1];
    for (int j = 0; j <= n; j++) {
      upPowers[j] = Math.pow(u, j);
      downPowers[j] = Math.pow(d, j);
    }
    double[] values = new double[n + 1];
    for (int j = 0; j <= n; j++) {
      values[j] = type.payoff(s * upPowers[j] * downPowers[n - j], k);
    }
    double[] early = new double[6];
    if (keepEarlyNodes) {
      keepEarlyNodes(early, n, values);
    }
    for (int i = n - 1; i >= 0; i--) {
      for (int j = 0; j <= i; j++) {
        double held = pDown * values[j] + pUp * values[j + 1];
        values[j] = american ? Math.max(held, type.payoff(s * upPowers[j] * downPowers[i - j], k)) : held;
      }
      if (keepEarlyNodes) {
        keepEarlyNodes(early, i, values);
      }
    }
    early[0] = values[0];
    return early;
  }

  /** Copies the values of step 1 (f10, f11) or step 2 (f20, f21, f22) when {@code step} is one of them. */
  private static void keepEarlyNodes(double[] early, int step, double[] values) {
    if (step == 2) {
      System.arraycopy(values, 0, early, 3, 3);
    } else if (step == 1) {
      System.arraycopy(values, 0, early, 1, 2);
    }
  }
}
