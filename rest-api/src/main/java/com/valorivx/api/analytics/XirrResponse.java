package com.valorivx.api.analytics;

/**
 * Answer to {@code POST /api/v1/analytics/cashflows/xirr}: an annual decimal rate (actual/365);
 * {@code signChanges} as for IRR.
 */
public record XirrResponse(double xirr, int signChanges) {
}
