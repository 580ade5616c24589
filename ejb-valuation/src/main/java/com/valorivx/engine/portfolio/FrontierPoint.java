package com.valorivx.engine.portfolio;

import java.util.List;

/** One point of the efficient frontier: the least-variance portfolio with this expected return; the Sharpe ratio is null at zero volatility. */
public record FrontierPoint(double expectedReturn, double volatility, Double sharpeRatio, List<Double> weights) {
}
