package com.valorivx.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.option.BlackScholesMertonPricer;
import com.valorivx.engine.option.ExerciseStyle;
import com.valorivx.engine.option.OptionAssumptions;
import com.valorivx.engine.option.OptionType;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.governance.Role;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The value-across-spot curve of the options page, run outside the container (metrics pass through). */
class OptionProfileServiceTest {

  private static final Caller ANALYST = Caller.of(UUID.randomUUID().toString(), "analyst", Set.of(Role.ANALYST));

  private final OptionProfileService service = new OptionProfileService();

  {
    // Every plan feature is on here; the plan rules have their own tests (PlanServiceIT, GovernanceIT).
    service.plans = new PlanService() {
      @Override
      public void requireFeature(Caller caller, Feature feature) {
      }
    };
    service.metrics = new ValuationMetrics() {
      @Override
      public <T> T time(RunKind kind, Supplier<T> work) {
        return work.get();
      }
    };
  }

  private static OptionRequest request(String type, String style, String method, Integer steps, Double up, Double down,
      Integer paths) {
    return new OptionRequest(null, type, style, method, 42.0, 40.0, 0.5, 0.10, 0.20, 0.0, steps, up, down, paths,
        paths == null ? null : 7L);
  }

  @Test
  void blackScholesPointsAreTheClosedFormAtEachSpotBesideTheIntrinsicValue() {
    OptionProfile profile = service.valueAcrossSpot(ANALYST, request("CALL", "EUROPEAN", "BLACK_SCHOLES", null, null, null,
        null), 0.5, 1.5, 5);

    assertThat(profile.points()).extracting(OptionProfile.Point::spot).containsExactly(21.0, 31.5, 42.0, 52.5, 63.0);
    OptionProfile.Point middle = profile.points().get(2);
    // Hull (8th ed.) Example 15.6: the call at S = 42 is 4.76.
    assertThat(middle.value()).isCloseTo(4.76, within(0.005));
    assertThat(middle.intrinsicValue()).isEqualTo(2.0);
    for (OptionProfile.Point p : profile.points()) {
      double closedForm = BlackScholesMertonPricer.DEFAULT.value(new OptionAssumptions(OptionType.CALL,
          ExerciseStyle.EUROPEAN, p.spot(), 40, 0.5, 0.10, 0.20, 0)).price();
      assertThat(p.value()).isCloseTo(closedForm, within(1e-12));
      // Without dividends a European call is worth at least S − K·e^(−rT) ≥ S − K.
      assertThat(p.value()).isGreaterThanOrEqualTo(p.intrinsicValue());
    }
    assertThat(profile.steps()).isNull();
    assertThat(profile.paths()).isNull();
  }

  @Test
  void treesAndSimulationsAreCappedPerPointAndSaySo() {
    OptionProfile tree = service.valueAcrossSpot(ANALYST, request("PUT", "AMERICAN", "BINOMIAL", 2_000, null, null, null),
        0.5, 1.5, 3);
    assertThat(tree.steps()).isEqualTo(OptionProfileService.MAX_CHART_STEPS);
    // Deep in the money an American put is worth exercising: value = intrinsic value K − S.
    assertThat(tree.points().get(0).value()).isCloseTo(tree.points().get(0).intrinsicValue(), within(1e-9));

    OptionProfile simulated = service.valueAcrossSpot(ANALYST,
        request("CALL", "EUROPEAN", "MONTE_CARLO", null, null, null, 1_000_000), 0.9, 1.1, 2);
    assertThat(simulated.paths()).isEqualTo(OptionProfileService.MAX_CHART_PATHS);
  }

  @Test
  void aTreeWithExplicitFactorsIsNotReshapedAndBadRequestsNameTheirFields() {
    assertThatThrownBy(() -> service.valueAcrossSpot(ANALYST,
        request("CALL", "EUROPEAN", "BINOMIAL", 1_000, 1.01, 0.99, null), 0.5, 1.5, 3))
        .isInstanceOfSatisfying(InvalidAssumptionsException.class,
            e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("steps"));
    assertThatThrownBy(() -> service.valueAcrossSpot(ANALYST,
        request("CALL", "EUROPEAN", "BLACK_SCHOLES", null, null, null, null), 0.5, 1.5, 1))
        .isInstanceOfSatisfying(InvalidAssumptionsException.class,
            e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("points"));
  }
}
