package com.valorivx.billing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One tenant's reconciliation: metered usage over the range, the charge its plan's prices give
 * (monthly fee per month + per valuation + per thousand Monte Carlo paths + per seat-month), the
 * amount billed by the provider's events, and drift = billed − expected, flagged beyond the tolerance.
 */
public record ReconciliationLine(UUID tenantId, String tenantName, String plan, String currency, long months,
    long valuations, long monteCarloPaths, long seatMonths, BigDecimal expectedCharge, BigDecimal billedAmount,
    BigDecimal drift, boolean flagged) {
}
