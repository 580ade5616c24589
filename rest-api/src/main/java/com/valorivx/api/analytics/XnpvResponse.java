package com.valorivx.api.analytics;

/** Answer to {@code POST /api/v1/analytics/cashflows/xnpv}: the net present value of dated flows, actual/365. */
public record XnpvResponse(double xnpv) {
}
