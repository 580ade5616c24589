package com.valorivx.engine.portfolio;

import java.util.List;

/**
 * An optimised portfolio: weights in the assets' order (summing to one), its expected return and
 * volatility, its Sharpe ratio over the risk-free rate (null for a riskless portfolio), and each asset's share of the portfolio
 * variance (w<sub>i</sub>(Σw)<sub>i</sub>/wᵀΣw, summing to one).
 */
public record PortfolioResult(Objective objective, List<String> assets, List<Double> weights, double expectedReturn,
    double volatility, Double sharpeRatio, List<Double> riskContributions, String version) {
}
