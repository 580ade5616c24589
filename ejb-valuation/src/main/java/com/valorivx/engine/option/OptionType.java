package com.valorivx.engine.option;

/** The right an option gives: to buy (call) or to sell (put) at the strike. */
public enum OptionType {
  CALL, PUT;

  /** Exercise value at spot {@code s}: max(S − K, 0) for a call, max(K − S, 0) for a put. */
  public double payoff(double s, double strike) {
    return this == CALL ? Math.max(s - strike, 0) : Math.max(strike - s, 0);
  }
}
