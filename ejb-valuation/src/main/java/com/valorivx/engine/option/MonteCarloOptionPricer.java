package com.valorivx.engine.option;

import java.util.SplittableRandom;

/**
 * Monte Carlo for European options under geometric Brownian motion, simulating terminal values only
 * (Hull ch. 21.6; Glasserman, <i>Monte Carlo Methods in Financial Engineering</i>, ch. 4 and 7):
 *
 * <pre>
 * S_T = S exp((r − q − σ²/2) T + σ √T Z),   Z ~ N(0, 1)
 * price = e^(−rT) · mean of Y_i,  Y_i = [f(S_T(Z_i)) + f(S_T(−Z_i))] / 2   (antithetic pair)
 * standard error = e^(−rT) · sd(Y) / √paths
 * </pre>
 *
 * Draws come from a {@link SplittableRandom} seeded with the assumptions' seed (never
 * {@code Math.random}), so the same seed gives the same price and greeks. Greeks use the same
 * draws (common random numbers) with pathwise estimators (Glasserman 7.2), per unit change:
 *
 * <pre>
 * delta: e^(−rT) 1{ITM} (±S_T/S)
 * vega:  e^(−rT) 1{ITM} (±S_T) (ln(S_T/S) − (r − q + σ²/2) T)/σ
 * rho:   e^(−rT) 1{ITM} (±K T)
 * theta: −∂V/∂T = r f e^(−rT) − e^(−rT) 1{ITM} (±S_T) (ln(S_T/S) + (r − q − σ²/2) T)/(2T)
 * gamma: e^(−rT) 1{S_T &gt; K} K Z / (S² σ √T)   (likelihood-ratio on the pathwise delta; the same for
 *        a put, since parity makes call minus put linear in S)
 * </pre>
 *
 * where ± is + for a call and − for a put and ITM means S_T &gt; K for a call, S_T &lt; K for a put.
 * Stateless and thread-safe.
 */
public final class MonteCarloOptionPricer {

  public static final MonteCarloOptionPricer DEFAULT = new MonteCarloOptionPricer();

  /** Price, standard error and greeks of a European option. */
  public OptionValuation value(MonteCarloAssumptions m) {
    OptionAssumptions a = m.option();
    double s = a.spot();
    double k = a.strike();
    double t = a.maturityYears();
    double r = a.riskFreeRate();
    double q = a.dividendYield();
    double sigma = a.volatility();
    double sqrtT = Math.sqrt(t);
    double drift = (r - q - sigma * sigma / 2) * t;
    double diffusion = sigma * sqrtT;
    boolean call = a.type() == OptionType.CALL;
    SplittableRandom random = new SplittableRandom(m.seed());

    double mean = 0;
    double sumOfSquares = 0;
    double delta = 0;
    double gamma = 0;
    double vega = 0;
    double rho = 0;
    double dValueDMaturity = 0;
    int paths = m.paths();
    for (int i = 0; i < paths; i++) {
      double z = random.nextGaussian();
      double pairPayoff = 0;
      for (int sign = -1; sign <= 1; sign += 2) {
        double draw = sign * z;
        double logReturn = drift + diffusion * draw;
        double terminal = s * Math.exp(logReturn);
        double payoff = a.type().payoff(terminal, k);
        pairPayoff += payoff;
        dValueDMaturity -= r * payoff;
        boolean inTheMoney = call ? terminal > k : terminal < k;
        if (terminal > k) {
          gamma += k * draw;
        }
        if (inTheMoney) {
          double direction = call ? 1 : -1;
          delta += direction * terminal / s;
          vega += direction * terminal * (logReturn - (r - q + sigma * sigma / 2) * t) / sigma;
          rho += direction * k * t;
          dValueDMaturity += direction * terminal * (logReturn + (r - q - sigma * sigma / 2) * t) / (2 * t);
        }
      }
      double y = pairPayoff / 2;
      // Welford's running mean and sum of squared deviations: stable for millions of pairs.
      double previousMean = mean;
      mean += (y - mean) / (i + 1);
      sumOfSquares += (y - previousMean) * (y - mean);
    }
    double discount = Math.exp(-r * t);
    double draws = 2.0 * paths;
    Double standardError = paths < 2 ? null : discount * Math.sqrt(sumOfSquares / (paths - 1) / paths);
    OptionGreeks greeks = new OptionGreeks(
        discount * delta / draws,
        discount * gamma / (s * s * sigma * sqrtT) / draws,
        -discount * dValueDMaturity / draws,
        discount * vega / draws,
        discount * rho / draws);
    return new OptionValuation(discount * mean, greeks, standardError);
  }
}
