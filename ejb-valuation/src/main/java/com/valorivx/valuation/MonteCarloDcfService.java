package com.valorivx.valuation;

import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.governance.Quota;
import com.valorivx.governance.QuotaService;
import com.valorivx.engine.montecarlo.MonteCarloCancelledException;
import com.valorivx.engine.montecarlo.MonteCarloDcfAssumptions;
import com.valorivx.engine.montecarlo.MonteCarloDcfEngine;
import com.valorivx.engine.montecarlo.MonteCarloDcfResult;
import com.valorivx.engine.montecarlo.MonteCarloMonitor;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.job.JobCancelledException;
import com.valorivx.job.JobContext;
import com.valorivx.job.JobOutcome;
import com.valorivx.job.JobService;
import com.valorivx.job.WorkerPool;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Monte Carlo DCF as a job: the request is checked at once (a bad field is a 400 before any job
 * exists), then simulated on the managed executor with the helper pool; on success the job stores a
 * MONTE_CARLO_DCF run (the statistics, never the paths) and its result names the run.
 */
@Stateless
public class MonteCarloDcfService {

  @Inject
  PlanService plans;

  @Inject
  QuotaService quotas;

  @Inject
  JobService jobs;

  @Inject
  WorkerPool workers;

  @Inject
  ValuationMetrics metrics;

  /** Checks the request and queues the simulation; answers the job's id. */
  public UUID submit(Caller caller, MonteCarloDcfRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.MONTE_CARLO);
    MonteCarloDcfAssumptions assumptions = request.toAssumptions();
    // Refuse now rather than after the simulation; the binding count is taken when the run is stored.
    quotas.requireAvailable(caller, Quota.MONTE_CARLO_PATHS, request.paths());
    quotas.requireAvailable(caller, Quota.VALUATIONS, 1);
    return jobs.submit(caller, RunKind.MONTE_CARLO_DCF.name(), request, (id, context) -> {
      MonteCarloDcfResult result = metrics.time(RunKind.MONTE_CARLO_DCF, () -> simulate(assumptions, context));
      return new JobOutcome(RunKind.MONTE_CARLO_DCF, request.name(), request.ticker(), request, result,
          MonteCarloDcfEngine.VERSION);
    });
  }

  private MonteCarloDcfResult simulate(MonteCarloDcfAssumptions assumptions, JobContext context) {
    MonteCarloMonitor monitor = new MonteCarloMonitor() {
      @Override
      public void progress(long pathsDone, long paths) {
        context.progress((double) pathsDone / paths);
      }

      @Override
      public boolean cancelled() {
        return context.cancelled();
      }
    };
    try {
      return MonteCarloDcfEngine.DEFAULT.simulate(assumptions, workers.executor(), workers.helpers(), monitor);
    } catch (MonteCarloCancelledException e) {
      throw new JobCancelledException(e.getMessage());
    }
  }
}
