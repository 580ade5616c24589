package com.valorivx.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.risk.RiskAssumptions;
import com.valorivx.engine.risk.RiskMethod;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskRequestTest {

  private static final List<RiskRequest.Position> TWO = List.of(new RiskRequest.Position("A", 100.0, 0.02),
      new RiskRequest.Position("B", 50.0, 0.01));
  private static final List<List<Double>> RHO = List.of(List.of(1.0, 0.3), List.of(0.3, 1.0));

  @Test
  void defaultsHorizonScenariosAndSeed() {
    RiskAssumptions a = new RiskRequest(null, "MONTE_CARLO", 0.99, null, TWO, RHO, null, null, null, null)
        .toAssumptions();
    assertThat(a.method()).isEqualTo(RiskMethod.MONTE_CARLO);
    assertThat(a.horizonDays()).isEqualTo(1);
    assertThat(a.scenarios()).isEqualTo(RiskRequest.DEFAULT_SCENARIOS);
    assertThat(a.seed()).isEqualTo(RiskRequest.DEFAULT_SEED);
    assertThat(a.correlations()[0]).containsExactly(1.0, 0.3);
  }

  @Test
  void historicalTakesLossesOnly() {
    RiskAssumptions a = new RiskRequest("h", "HISTORICAL", 0.9, 1, null, null, List.of(1.0, 2.0, 3.0), null, null,
        null).toAssumptions();
    assertThat(a.losses()).containsExactly(1.0, 2.0, 3.0);
    assertThat(a.scenarios()).isZero();
  }

  @Test
  void namesEveryMissingOrBadField() {
    List<RiskRequest.Position> bad = Arrays.asList(new RiskRequest.Position("A", null, 0.02), null);
    assertThat(fields(new RiskRequest(null, null, null, null, bad, RHO, Arrays.asList(1.0, null), null, null,
        List.of(new RiskRequest.Stress("s", null))))).containsExactlyInAnyOrder("method", "confidence",
        "positions[0].value", "positions[1]", "losses[1]", "stress[0].shocks");
    assertThat(fields(new RiskRequest(null, "VARIANCE", 0.99, 1, TWO, RHO, null, null, null, null)))
        .containsExactly("method");
  }

  @Test
  void engineRulesComeBackByField() {
    assertThat(fields(new RiskRequest(null, "PARAMETRIC", 0.99, 1, TWO, List.of(List.of(1.0, 0.3)), null, null, null,
        List.of(new RiskRequest.Stress("s", Map.of("C", -0.1)))))).containsExactlyInAnyOrder("correlations",
        "stress[0].shocks.C");
    assertThat(fields(new RiskRequest(null, "PARAMETRIC", 0.99, 1, TWO, RHO, List.of(1.0), 1000, null, null)))
        .containsExactlyInAnyOrder("losses", "scenarios");
  }

  private static List<String> fields(RiskRequest request) {
    try {
      request.toAssumptions();
    } catch (InvalidAssumptionsException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("accepted");
  }
}
