package com.valorivx.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.portfolio.PortfolioAssumptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioRequestTest {

  private static PortfolioRequest request(List<List<Double>> correlations, List<List<Double>> covariance,
      String objective, List<Double> minWeights) {
    return new PortfolioRequest("t", List.of("Bonds", "Stocks"), List.of(0.08, 0.13),
        covariance == null ? List.of(0.12, 0.20) : null, correlations, covariance, 0.05, objective, null, null,
        minWeights, null, null);
  }

  private static List<String> fields(Runnable r) {
    InvalidAssumptionsException e = assertThrows(InvalidAssumptionsException.class, r::run);
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void buildsTheCovarianceFromVolatilitiesAndCorrelations() {
    PortfolioAssumptions a = request(List.of(List.of(1.0, 0.3), List.of(0.3, 1.0)), null, "MIN_VARIANCE", null)
        .toAssumptions();
    assertEquals(0.3 * 0.12 * 0.20, a.covariance()[0][1], 1e-15);
    assertEquals(0.0, a.minWeights()[0]);
  }

  @Test
  void rejectsAnAsymmetricCorrelationMatrix() {
    assertTrue(fields(() -> request(List.of(List.of(1.0, 0.3), List.of(0.2, 1.0)), null, "MIN_VARIANCE", null)
        .toAssumptions()).contains("correlations[0][1]"));
  }

  @Test
  void rejectsACovarianceThatIsNotPositiveSemidefinite() {
    assertEquals(List.of("covariance"), fields(() -> request(null,
        List.of(List.of(0.01, 0.05), List.of(0.05, 0.04)), "MIN_VARIANCE", null).toAssumptions()));
  }

  @Test
  void rejectsWrongSizesUnknownObjectivesAndNegativeLongOnlyBounds() {
    List<String> f = fields(() -> new PortfolioRequest(null, List.of("A", "B"), List.of(0.1), List.of(0.1, 0.2),
        List.of(List.of(1.0, 0.0), List.of(0.0, 1.0)), null, null, "BEST", null, null, null, null, null)
        .toAssumptions());
    assertTrue(f.containsAll(List.of("expectedReturns", "objective")), f.toString());
    assertTrue(fields(() -> request(List.of(List.of(1.0, 0.3), List.of(0.3, 1.0)), null, "MIN_VARIANCE",
        List.of(-0.1, 0.0)).toAssumptions()).contains("minWeights[0]"));
  }

  @Test
  void riskParityTakesNoBounds() {
    assertTrue(fields(() -> request(List.of(List.of(1.0, 0.3), List.of(0.3, 1.0)), null, "RISK_PARITY",
        List.of(0.1, 0.1)).toAssumptions()).contains("minWeights"));
  }
}
