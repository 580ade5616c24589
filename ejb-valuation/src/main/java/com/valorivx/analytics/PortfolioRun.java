package com.valorivx.analytics;

import com.valorivx.engine.portfolio.PortfolioResult;
import java.util.UUID;

/** An optimised portfolio and the id of the run that stores it. */
public record PortfolioRun(UUID id, PortfolioResult result) {
}
