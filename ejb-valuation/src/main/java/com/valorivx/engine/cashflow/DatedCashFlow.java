package com.valorivx.engine.cashflow;

import java.time.LocalDate;
import java.util.Objects;

/** One amount paid (negative) or received (positive) on a calendar date, in the model currency. */
public record DatedCashFlow(LocalDate date, double amount) {
  public DatedCashFlow {
    Objects.requireNonNull(date, "date");
  }
}
