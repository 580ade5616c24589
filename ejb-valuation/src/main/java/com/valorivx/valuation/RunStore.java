package com.valorivx.valuation;

import com.valorivx.governance.Caller;
import com.valorivx.governance.Quota;
import com.valorivx.governance.QuotaService;
import com.valorivx.persistence.valuation.ValuationRun;
import com.valorivx.persistence.valuation.ValuationRunRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Stores a model run of the caller's tenant: its inputs and result as JSON, the engine version and
 * who ran it. Every model service records its runs here, inside the service's transaction — which is
 * also where the run is metered: one valuation (and a Monte Carlo run's paths) taken from the
 * tenant's monthly quota in that same transaction, so a refused quota stores nothing and a failed
 * store counts nothing.
 */
@ApplicationScoped
public class RunStore {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject
  ValuationRunRepository runs;

  @Inject
  QuotaService quotas;

  /** Stores the run and answers its new id. */
  public UUID record(Caller caller, RunKind kind, String name, String ticker, Object inputs, Object result,
      String engineVersion) {
    UUID id = UUID.randomUUID();
    // Stored at microsecond precision: what both databases keep, so a reread run equals the answer given.
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    runs.store(new ValuationRun(id, caller.tenant().value(), kind.name(), name, ticker, JSON.toJson(inputs),
        JSON.toJson(result), engineVersion, caller.username(), now));
    long paths = simulatedPaths(inputs);
    if (paths > 0) {
      quotas.consume(caller, Quota.MONTE_CARLO_PATHS, paths);
    }
    // Last, so the quota headers of the response speak of valuations.
    quotas.consume(caller, Quota.VALUATIONS, 1);
    return id;
  }

  /** The Monte Carlo paths a run simulated (0 for closed-form and lattice runs). */
  static long simulatedPaths(Object inputs) {
    if (inputs instanceof MonteCarloDcfRequest monteCarlo && monteCarlo.paths() != null) {
      return monteCarlo.paths();
    }
    if (inputs instanceof OptionRequest option && option.paths() != null) {
      return option.paths();
    }
    return 0;
  }
}
