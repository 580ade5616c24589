package com.valorivx.valuation;

import java.util.List;

/**
 * A two-way DCF grid: rows are {@code discountRates}; columns are {@code terminalGrowthRates}
 * (Gordon) or, for a base valued at an exit multiple, {@code exitMultiples}.
 */
public record DcfSensitivityRequest(DcfRequest base, List<Double> discountRates, List<Double> terminalGrowthRates,
    List<Double> exitMultiples) {
}
