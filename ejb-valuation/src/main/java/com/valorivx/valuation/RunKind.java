package com.valorivx.valuation;

/** The models whose runs are stored; the name is the {@code kind} of a run in the API. */
public enum RunKind {
  DCF, LBO, MNA, OPTION, REAL_OPTION, MONTE_CARLO_DCF, FORECAST, PORTFOLIO, VAR, CREDIT
}
