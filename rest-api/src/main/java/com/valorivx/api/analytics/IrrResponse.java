package com.valorivx.api.analytics;

/**
 * Answer to {@code POST /api/v1/analytics/cashflows/irr}: a decimal rate per period; when
 * {@code signChanges} is above 1 the flows may have several rates and this is the one nearest the guess.
 */
public record IrrResponse(double irr, int signChanges) {
}
