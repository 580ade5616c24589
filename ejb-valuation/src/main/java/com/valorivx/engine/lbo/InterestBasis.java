package com.valorivx.engine.lbo;

/** Which debt balance a year's interest is charged on. */
public enum InterestBasis {
  /** Rate × the balance at the start of the year: no circularity. */
  OPENING_BALANCE,
  /**
   * Rate × (opening + closing balance) / 2. The closing balance depends on the cash sweep, which
   * depends on the interest paid: the engine solves this circularity by fixed-point iteration.
   */
  AVERAGE_BALANCE
}
