package com.valorivx.engine.portfolio;

/** What the optimiser looks for. */
public enum Objective {
  /** The fully invested portfolio of least variance. */
  MIN_VARIANCE,
  /** The least-variance portfolio with the requested expected return. */
  TARGET_RETURN,
  /** The portfolio of highest Sharpe ratio over the risk-free rate (the tangency portfolio). */
  MAX_SHARPE,
  /** The long-only portfolio in which every asset contributes the same share of the variance. */
  RISK_PARITY
}
