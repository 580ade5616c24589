package com.valorivx.web.valuation;

import com.valorivx.analytics.ForecastBatchRequest;
import com.valorivx.analytics.ForecastBatchResult;
import com.valorivx.analytics.ForecastRequest;
import com.valorivx.analytics.ForecastRun;
import com.valorivx.analytics.ForecastService;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.forecast.ForecastResult;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.valuation.RunKind;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.UUID;

/** The forecast page: forecasts the pasted history (the service stores the run), charts it and offers CSV. */
@Named
@ViewScoped
public class ForecastBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  SignedInUser user;

  @Inject
  ForecastService forecasts;

  @Inject
  StoredRuns stored;

  private ForecastForm form = new ForecastForm();
  private ForecastResultView result;
  private final Reopening reopening = new Reopening();

  /** Forecasts; rejected fields get their message beside their input. */
  public void forecast() {
    try {
      ForecastRequest request = form.toRequest();
      ForecastRun run = forecasts.forecast(user.caller(), request);
      show(run.id(), request, run.result());
      reopening.clear();
    } catch (InvalidAssumptionsException e) {
      result = null;
      Messages.fieldErrors(e.errors());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may view runs but not run models");
    }
  }

  private void show(UUID runId, ForecastRequest request, ForecastResult forecast) {
    var history = request.values();
    result = new ForecastResultView(runId, forecast, ForecastChart.json(history, forecast),
        ForecastChart.csv(history, forecast));
  }

  /**
   * Loads the run named in the URL ({@code forecast.xhtml?run=<id>}), if any, with its stored result;
   * a batch run (many series) shows its first series, with a note saying so.
   */
  public void reopen() {
    stored.reopen(user.caller(), reopening, RunKind.FORECAST, JsonObject.class, JsonObject.class, s -> {
      if (s.result().containsKey("forecasts")) {
        ForecastBatchRequest batch = RunDocuments.read(s.request().toString(), ForecastBatchRequest.class);
        ForecastBatchResult all = RunDocuments.read(s.result().toString(), ForecastBatchResult.class);
        ForecastRequest first = batch.request(0);
        form = ForecastForm.of(first);
        show(s.run().id(), first, all.forecasts().get(0).forecast());
        Messages.info("This run forecast " + all.seriesCount() + " series; shown: " + batch.series().get(0).name());
      } else {
        ForecastRequest request = RunDocuments.read(s.request().toString(), ForecastRequest.class);
        form = ForecastForm.of(request);
        show(s.run().id(), request, RunDocuments.read(s.result().toString(), ForecastResult.class));
      }
    });
  }

  /** Starts again from the example. */
  public void reset() {
    form = new ForecastForm();
    result = null;
    reopening.clear();
  }

  /** A method's label in the table. */
  public String label(com.valorivx.engine.forecast.MethodForecast method) {
    return ForecastChart.label(method);
  }

  public ForecastForm getForm() {
    return form;
  }

  public ForecastResultView getResult() {
    return result;
  }

  /** The stored run named in the URL and shown, if any. */
  public Reopening getReopening() {
    return reopening;
  }
}
