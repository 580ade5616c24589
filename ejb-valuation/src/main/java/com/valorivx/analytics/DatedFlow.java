package com.valorivx.analytics;

import com.valorivx.engine.cashflow.DatedCashFlow;
import com.valorivx.engine.common.Checks;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** One dated amount as callers write it: {@code {"date": "2008-01-01", "amount": -10000}}. */
public record DatedFlow(String date, Double amount) {

  /** Checks every flow (recording errors as {@code flows[i].date}, {@code flows[i].amount}) and maps them. */
  static List<DatedCashFlow> toCashFlows(Checks checks, List<DatedFlow> flows) {
    if (flows == null) {
      checks.reject("flows", "is required");
      return null;
    }
    List<DatedCashFlow> mapped = new ArrayList<>(flows.size());
    for (int i = 0; i < flows.size(); i++) {
      DatedFlow flow = flows.get(i);
      String field = "flows[" + i + "]";
      if (flow == null) {
        checks.reject(field, "is required");
        continue;
      }
      LocalDate day = parse(checks, flow.date(), field + ".date");
      boolean finite = checks.finite(flow.amount(), field + ".amount");
      if (day != null && finite) {
        mapped.add(new DatedCashFlow(day, flow.amount()));
      }
    }
    return mapped;
  }

  private static LocalDate parse(Checks checks, String date, String field) {
    if (date == null) {
      checks.reject(field, "is required");
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      checks.reject(field, "must be a date as yyyy-mm-dd (ISO 8601)");
      return null;
    }
  }
}
