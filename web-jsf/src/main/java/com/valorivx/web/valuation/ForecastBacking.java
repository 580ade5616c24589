package com.valorivx.web.valuation;

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
        ForecastChart.csvDataUri(history, forecast));
  }

  /** Loads the run named in the URL ({@code forecast.xhtml?run=<id>}), if any, with its stored result. */
  public void reopen() {
    stored.reopen(user.caller(), reopening, RunKind.FORECAST, ForecastRequest.class, ForecastResult.class, s -> {
      form = ForecastForm.of(s.request());
      show(s.run().id(), s.request(), s.result());
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
