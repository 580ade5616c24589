package com.valorivx.api.analytics;

/** Answer to {@code POST /api/v1/analytics/cashflows/npv}: the net present value, in the flows' currency. */
public record NpvResponse(double npv) {
}
