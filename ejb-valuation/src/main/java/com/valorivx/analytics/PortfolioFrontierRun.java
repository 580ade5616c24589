package com.valorivx.analytics;

import com.valorivx.engine.portfolio.EfficientFrontier;
import java.util.UUID;

/** An efficient frontier and the id of the run that stores it. */
public record PortfolioFrontierRun(UUID id, EfficientFrontier frontier) {
}
