package com.valorivx.valuation;

import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.common.Checks;
import com.valorivx.engine.option.BinomialTreePricer;
import com.valorivx.engine.option.BlackScholesMertonPricer;
import com.valorivx.engine.option.MonteCarloOptionPricer;
import com.valorivx.engine.option.OptionAssumptions;
import com.valorivx.engine.option.OptionType;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Values an option across spot prices for a payoff chart, with the same engines as a run; stores
 * nothing. A chart needs no more precision than a screen shows, so each point's tree uses at most
 * {@value #MAX_CHART_STEPS} steps and each Monte Carlo at most {@value #MAX_CHART_PATHS} pairs
 * (the profile reports what it used; a tree with explicit up/down factors is charted only as
 * given); the run itself is valued as asked.
 */
@Stateless
public class OptionProfileService {

  @Inject
  PlanService plans;

  /** Most points one profile may have. */
  public static final int MAX_POINTS = 201;
  /** Most tree steps per point. */
  public static final int MAX_CHART_STEPS = 500;
  /** Most Monte Carlo pairs per point. */
  public static final int MAX_CHART_PATHS = 20_000;

  @Inject
  ValuationMetrics metrics;

  /** {@code points} spot prices evenly from {@code fromShare}·S to {@code toShare}·S. */
  public OptionProfile valueAcrossSpot(Caller caller, OptionRequest request, double fromShare, double toShare,
      int points) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.OPTIONS);
    OptionRequest.Method method = request.parsedMethod();
    OptionAssumptions base = request.toAssumptions();
    Checks.start()
        .require(fromShare > 0 && fromShare < toShare, "fromShare", "must be positive and below toShare")
        .require(points >= 2 && points <= MAX_POINTS, "points", "must be between 2 and " + MAX_POINTS)
        // Explicit factors are per step: fewer steps would be another tree, so such a tree is charted as given.
        .require(request.up() == null || request.steps() <= MAX_CHART_STEPS, "steps",
            "a chart of a tree with explicit up/down factors takes at most " + MAX_CHART_STEPS + " steps")
        .throwIfAny();
    Integer steps = method == OptionRequest.Method.BINOMIAL ? Math.min(request.steps(), MAX_CHART_STEPS) : null;
    Integer paths = method == OptionRequest.Method.MONTE_CARLO ? Math.min(request.paths(), MAX_CHART_PATHS) : null;
    return metrics.time(RunKind.OPTION, () -> {
      List<OptionProfile.Point> out = new ArrayList<>(points);
      for (int i = 0; i < points; i++) {
        double spot = base.spot() * (fromShare + (toShare - fromShare) * i / (points - 1));
        OptionRequest atSpot = new OptionRequest(null, request.type(), request.style(), request.method(), spot,
            request.strike(), request.maturityYears(), request.riskFreeRate(), request.volatility(),
            request.dividendYield(), steps, request.up(), request.down(), paths, request.seed());
        double value = switch (method) {
          case BLACK_SCHOLES -> BlackScholesMertonPricer.DEFAULT.value(atSpot.toAssumptions()).price();
          case BINOMIAL -> BinomialTreePricer.DEFAULT.value(atSpot.toBinomialAssumptions()).price();
          case MONTE_CARLO -> MonteCarloOptionPricer.DEFAULT.value(atSpot.toMonteCarloAssumptions()).price();
        };
        double payoff = base.type() == OptionType.CALL ? spot - base.strike() : base.strike() - spot;
        out.add(new OptionProfile.Point(spot, value, Math.max(payoff, 0)));
      }
      return new OptionProfile(out, steps, paths);
    });
  }
}
