package com.valorivx.engine.portfolio;

import java.util.List;

/**
 * The efficient frontier from the minimum-variance portfolio to the highest attainable return, points
 * evenly spaced in expected return, with the minimum-variance and tangency (maximum Sharpe; null when
 * no portfolio beats the risk-free rate) portfolios marked.
 */
public record EfficientFrontier(List<String> assets, List<FrontierPoint> points, PortfolioResult minimumVariance,
    PortfolioResult tangency, String version) {
}
