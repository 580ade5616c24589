package com.valorivx.valuation;

import com.valorivx.audit.Audited;
import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.common.Checks;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DcfEngine;
import com.valorivx.engine.dcf.DcfSensitivity;
import com.valorivx.engine.dcf.DcfSensitivityEngine;
import com.valorivx.engine.dcf.DcfValuation;
import com.valorivx.engine.dcf.TerminalValueAssumption.ExitMultiple;
import com.valorivx.engine.option.BinomialTreePricer;
import com.valorivx.engine.option.BlackScholesMertonPricer;
import com.valorivx.engine.option.MonteCarloOptionPricer;
import com.valorivx.engine.option.OptionValuation;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.persistence.valuation.ValuationRun;
import com.valorivx.persistence.valuation.ValuationRunRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/** Values models for a caller's tenant, stores each run with its inputs, and lists and reopens runs. */
@Stateless
public class ValuationService {

  @Inject
  PlanService plans;

  /** Largest page a listing hands out. */
  public static final int MAX_PAGE_SIZE = 100;

  @Inject
  ValuationRunRepository runs;

  @Inject
  RunStore store;

  @Inject
  ValuationMetrics metrics;

  /** Values a DCF and stores it as a run of the caller's tenant. */
  @Audited("run.dcf")
  public DcfRun valueDcf(Caller caller, DcfRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.DCF);
    DcfValuation valuation = metrics.time(RunKind.DCF, () -> DcfEngine.DEFAULT.value(request.toAssumptions()));
    UUID id = store.record(caller, RunKind.DCF, request.name(), request.ticker(), request, valuation, DcfEngine.VERSION);
    return new DcfRun(id, valuation);
  }

  /** Revalues a DCF over discount rate × terminal growth (or × exit multiple); stores nothing. */
  public DcfSensitivity dcfSensitivity(Caller caller, DcfSensitivityRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.DCF);
    Checks.start().require(request.base() != null, "base", "is required").throwIfAny();
    DcfAssumptions base = request.base().toAssumptions();
    boolean byMultiple = base.terminal() instanceof ExitMultiple;
    Checks.start()
        .require(!byMultiple || request.exitMultiples() != null, "exitMultiples",
            "is required when the base is valued at an exit multiple")
        .require(byMultiple || request.terminalGrowthRates() != null, "terminalGrowthRates",
            "is required when the base is valued by Gordon growth")
        .throwIfAny();
    return metrics.time(RunKind.DCF, () -> byMultiple
        ? DcfSensitivityEngine.DEFAULT.byExitMultiple(base, request.discountRates(), request.exitMultiples())
        : DcfSensitivityEngine.DEFAULT.byGrowth(base, request.discountRates(), request.terminalGrowthRates()));
  }

  /** Values an option by the request's method (Black-Scholes, binomial tree or Monte Carlo) and stores the run. */
  @Audited("run.option")
  public OptionRun valueOption(Caller caller, OptionRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.OPTIONS);
    OptionValuation valuation = metrics.time(RunKind.OPTION, () -> switch (request.parsedMethod()) {
      case BLACK_SCHOLES -> BlackScholesMertonPricer.DEFAULT.value(request.toAssumptions());
      case BINOMIAL -> BinomialTreePricer.DEFAULT.value(request.toBinomialAssumptions());
      case MONTE_CARLO -> MonteCarloOptionPricer.DEFAULT.value(request.toMonteCarloAssumptions());
    });
    UUID id = store.record(caller, RunKind.OPTION, request.name(), null, request, valuation, OptionValuation.VERSION);
    return new OptionRun(id, valuation);
  }

  public Optional<StoredRun> find(Caller caller, UUID id) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST, Role.VIEWER);
    return runs.find(caller.tenant(), id).map(ValuationService::view);
  }

  /** The tenant's runs, newest first; {@code kind} null lists every kind. */
  public RunPage list(Caller caller, String kind, int page, int size) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST, Role.VIEWER);
    Checks checks = Checks.start()
        .require(page >= 0, "page", "must not be negative")
        .require(size >= 1 && size <= MAX_PAGE_SIZE, "size", "must be between 1 and " + MAX_PAGE_SIZE)
        .require((long) page * size <= Integer.MAX_VALUE, "page", "is beyond the last possible page");
    RunKind runKind = kind == null || kind.isBlank() ? null : checks.attempt(() -> parseKind(kind));
    checks.throwIfAny();
    var found = runs.list(caller.tenant(), runKind == null ? null : runKind.name(), page, size);
    return new RunPage(found.items().stream().map(ValuationService::view).toList(), page, size, found.total());
  }

  private static RunKind parseKind(String kind) {
    try {
      return RunKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new InvalidAssumptionsException("kind", "must be one of " + Arrays.toString(RunKind.values()));
    }
  }

  private static StoredRun view(ValuationRun run) {
    return new StoredRun(run.getId(), RunKind.valueOf(run.getKind()), run.getName(), run.getTicker(),
        run.getCreatedAt(), run.getCreatedBy(), run.getEngineVersion(), run.getInputsJson(), run.getResultJson());
  }
}
