package com.valorivx.engine.market;

import java.time.LocalDate;
import java.util.List;

/**
 * Annualised return statistics of the assets over a window, in the optimiser's units (decimals a
 * year): arithmetic mean return × periods per year, sample standard deviation × √periods, sample
 * covariance × periods, Pearson correlation; {@code observations} is the number of returns used,
 * between {@code firstDate} and {@code lastDate} (the prices at both ends).
 */
public record MarketEstimate(List<String> assets, List<Double> expectedReturns, List<Double> volatilities,
    List<List<Double>> correlations, List<List<Double>> covariance, int observations, int periodsPerYear,
    Frequency frequency, ReturnType returns, LocalDate firstDate, LocalDate lastDate, String version) {
}
