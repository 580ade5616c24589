package com.valorivx.market;

import java.util.List;

/**
 * {@code POST /api/v1/market/datasets/{id}/estimate}: optional {@code symbols} (default every one,
 * in the data set's order), an optional window {@code from}/{@code to} (ISO dates, inclusive),
 * {@code frequency} DAILY|WEEKLY|MONTHLY (default DAILY) and {@code returns} SIMPLE|LOG (default LOG).
 */
public record EstimateRequest(List<String> symbols, String from, String to, String frequency, String returns) {
}
