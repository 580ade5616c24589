package com.valorivx.governance;

/** What a plan may switch on: one flag per model family, plus workbooks, scenarios and cash-flow maths. */
public enum Feature {
  DCF, LBO, MNA, OPTIONS, REAL_OPTIONS, MONTE_CARLO, PORTFOLIO, RISK, CREDIT, FORECAST, CASH_FLOWS, WORKBOOK,
  SCENARIOS
}
