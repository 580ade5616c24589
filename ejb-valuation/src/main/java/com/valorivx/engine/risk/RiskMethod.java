package com.valorivx.engine.risk;

/** How the loss distribution is obtained. */
public enum RiskMethod {
  /** Delta-normal: jointly normal position returns with the given volatilities and correlations. */
  PARAMETRIC,
  /** The caller's scenario losses, one per scenario, positive = loss. */
  HISTORICAL,
  /** Seeded simulation of jointly normal position returns. */
  MONTE_CARLO
}
