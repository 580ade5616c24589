package com.valorivx.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One tenant's reconciliation: metered usage over the range, the charge its plans' prices give
 * (each month at the plan in force at its end: monthly fee + per valuation + per thousand Monte Carlo
 * paths + per seat-month), the amount billed by the provider's events, and drift = billed − expected,
 * flagged beyond the tolerance. {@code plan} is the plan at the end of the range, {@code plans} every
 * plan the range was priced at, in order.
 */
public record ReconciliationLine(UUID tenantId, String tenantName, String plan, String currency, long months,
    long valuations, long monteCarloPaths, long seatMonths, BigDecimal expectedCharge, BigDecimal billedAmount,
    BigDecimal drift, boolean flagged, List<String> plans) {

  public ReconciliationLine {
    plans = List.copyOf(plans);
  }
}
