package com.valorivx.analytics;

import com.valorivx.audit.Audited;
import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.credit.AltmanResult;
import com.valorivx.engine.credit.AltmanScorer;
import com.valorivx.engine.credit.MertonModel;
import com.valorivx.engine.credit.MertonResult;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.valuation.RunKind;
import com.valorivx.valuation.RunStore;
import com.valorivx.valuation.ValuationMetrics;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Credit analytics (API.md "Analytics"): the structural model and Z-scores; each call stores a CREDIT
 * run of the caller's tenant.
 */
@Stateless
public class CreditService {

  @Inject
  PlanService plans;

  @Inject
  RunStore store;

  @Inject
  ValuationMetrics metrics;

  /** A stored credit result and its run id. */
  public record Run<T>(UUID id, T result) {
  }

  /** Solves the structural model and stores it. */
  @Audited("run.credit.merton")
  public Run<MertonResult> merton(Caller caller, MertonRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.CREDIT);
    MertonResult result = metrics.time(RunKind.CREDIT, () -> MertonModel.DEFAULT.solve(request.toAssumptions()));
    UUID id = store.record(caller, RunKind.CREDIT, request.name(), null, request, result, MertonModel.VERSION);
    return new Run<>(id, result);
  }

  /** Risk-neutral PD at each face value of debt, all else as requested; stores nothing. */
  public double[] probabilityByDebt(Caller caller, MertonRequest request, List<Double> debts) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.CREDIT);
    return MertonModel.DEFAULT.probabilityByDebt(request.toAssumptions(),
        debts.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Scores a Z-score variant and stores it. */
  @Audited("run.credit.altman")
  public Run<AltmanResult> altman(Caller caller, AltmanRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.CREDIT);
    AltmanResult result = metrics.time(RunKind.CREDIT, () -> AltmanScorer.DEFAULT.score(request.toAssumptions()));
    UUID id = store.record(caller, RunKind.CREDIT, request.name(), null, request, result, AltmanScorer.VERSION);
    return new Run<>(id, result);
  }
}
