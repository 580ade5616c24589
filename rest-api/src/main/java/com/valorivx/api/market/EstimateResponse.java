package com.valorivx.api.market;

import com.valorivx.engine.market.MarketEstimate;
import java.time.LocalDate;
import java.util.List;

/**
 * Annualised estimates. {@code portfolioInputs} holds exactly the fields POST
 * /analytics/portfolio/optimize takes for its assets (that endpoint wants either volatilities with
 * correlations or a covariance, not both): add an objective and send it.
 */
public record EstimateResponse(List<String> assets, List<Double> expectedReturns, List<Double> volatilities,
    List<List<Double>> correlations, List<List<Double>> covariance, int observations, int periodsPerYear,
    String frequency, String returns, LocalDate firstDate, LocalDate lastDate, PortfolioInputs portfolioInputs) {

  /** The optimiser's asset inputs. */
  public record PortfolioInputs(List<String> assets, List<Double> expectedReturns, List<Double> volatilities,
      List<List<Double>> correlations) {
  }

  static EstimateResponse of(MarketEstimate e) {
    return new EstimateResponse(e.assets(), e.expectedReturns(), e.volatilities(), e.correlations(), e.covariance(),
        e.observations(), e.periodsPerYear(), e.frequency().name(), e.returns().name(), e.firstDate(), e.lastDate(),
        new PortfolioInputs(e.assets(), e.expectedReturns(), e.volatilities(), e.correlations()));
  }
}
