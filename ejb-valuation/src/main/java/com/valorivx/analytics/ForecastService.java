package com.valorivx.analytics;

import com.valorivx.audit.Audited;
import com.valorivx.engine.common.WorkMonitor;
import com.valorivx.engine.forecast.ForecastAssumptions;
import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.forecast.ForecastEngine;
import com.valorivx.engine.forecast.ForecastResult;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.job.JobOutcome;
import com.valorivx.job.JobService;
import com.valorivx.valuation.RunKind;
import com.valorivx.valuation.RunStore;
import com.valorivx.valuation.ValuationMetrics;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Forecasts a revenue history by linear trend and Holt's method and stores each forecast as a FORECAST run. */
@Stateless
public class ForecastService {

  @Inject
  PlanService plans;

  @Inject
  RunStore store;

  @Inject
  ValuationMetrics metrics;

  @Inject
  JobService jobs;

  /** Forecasts and stores the run in the caller's tenant. */
  @Audited("run.forecast")
  public ForecastRun forecast(Caller caller, ForecastRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.FORECAST);
    ForecastResult result = metrics.time(RunKind.FORECAST,
        () -> ForecastEngine.DEFAULT.forecast(request.toAssumptions()));
    UUID id = store.record(caller, RunKind.FORECAST, request.name(), null, request, result, ForecastEngine.VERSION);
    return new ForecastRun(id, result);
  }

  /**
   * Checks every series at once (a bad field is rejected before any job exists), then forecasts
   * them one after the other as a FORECAST job, with progress and cancel between series; the job
   * stores one run holding every forecast and its result names it. Answers the job's id.
   */
  @Audited("analytics.forecast.batch")
  public UUID submitBatch(Caller caller, ForecastBatchRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.FORECAST);
    List<ForecastAssumptions> all = request.toAssumptions();
    return jobs.submit(caller, RunKind.FORECAST.name(), request, (id, context) -> {
      ForecastBatchResult result = metrics.time(RunKind.FORECAST, () -> forecastAll(request, all, context.monitor()));
      return new JobOutcome(RunKind.FORECAST, request.name(), null, request, result, ForecastEngine.VERSION);
    });
  }

  static ForecastBatchResult forecastAll(ForecastBatchRequest request, List<ForecastAssumptions> all,
      WorkMonitor monitor) {
    List<ForecastBatchResult.Named> forecasts = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      monitor.step(i, all.size(), "series");
      forecasts.add(new ForecastBatchResult.Named(request.series().get(i).name(),
          ForecastEngine.DEFAULT.forecast(all.get(i))));
    }
    monitor.progress(all.size(), all.size());
    return new ForecastBatchResult(all.size(), forecasts);
  }
}
