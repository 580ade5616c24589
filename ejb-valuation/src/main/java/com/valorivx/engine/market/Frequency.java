package com.valorivx.engine.market;

/** The sampling interval of returns, with the periods per year used to annualise them. */
public enum Frequency {
  /** Every observation (business days; 252 a year). */
  DAILY(252),
  /** The last observation of each ISO week (52 a year). */
  WEEKLY(52),
  /** The last observation of each calendar month (12 a year). */
  MONTHLY(12);

  private final int periodsPerYear;

  Frequency(int periodsPerYear) {
    this.periodsPerYear = periodsPerYear;
  }

  public int periodsPerYear() {
    return periodsPerYear;
  }
}
