package com.valorivx.engine.dcf;

import java.util.List;

/** Where the free cash flows to the firm come from: given outright or projected from revenue. */
public sealed interface CashFlowForecast permits ExplicitCashFlows, RevenueProjection {

  /** Most years a forecast may span. */
  int MAX_YEARS = 50;

  /** Years 1..N, year-end free cash flow to the firm with the lines that produced it. */
  List<ProjectedYear> project();

  /** One forecast year; revenue, EBIT and EBITDA are null when the flows were given outright. */
  record ProjectedYear(int year, Double revenue, Double ebit, Double ebitda, double freeCashFlow) {
  }
}
