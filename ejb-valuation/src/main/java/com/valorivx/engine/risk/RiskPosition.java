package com.valorivx.engine.risk;

/**
 * One linear position: its unique {@code name}, market {@code value} (negative when short) and the
 * daily volatility of its return as a decimal (0.02 = 2 % a day).
 */
public record RiskPosition(String name, double value, double dailyVolatility) {

  /** The one-day standard deviation of the position's P&amp;L in money: value × daily volatility. */
  public double dollarVolatility() {
    return value * dailyVolatility;
  }
}
