package com.valorivx.web.valuation;

import com.valorivx.analytics.ForecastBatchRequest;
import com.valorivx.analytics.ForecastBatchResult;
import com.valorivx.analytics.ForecastRequest;
import com.valorivx.analytics.ForecastRun;
import com.valorivx.analytics.ForecastService;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.forecast.ForecastResult;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.market.DatasetSeries;
import com.valorivx.market.DatasetView;
import com.valorivx.market.MarketDataService;
import com.valorivx.valuation.RecordNotFoundException;
import com.valorivx.valuation.RunKind;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The forecast page: forecasts the pasted history, or a series loaded from market data (the
 * service stores the run), charts it and offers CSV.
 */
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

  @Inject
  MarketDataService market;

  private ForecastForm form = new ForecastForm();
  private ForecastResultView result;
  private final Reopening reopening = new Reopening();
  private final SeriesChoice series = new SeriesChoice();
  private List<DatasetView> datasets;

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

  /**
   * Replaces the history with the chosen series of a market data set (its values oldest first)
   * and names the forecast after it; nothing is forecast yet.
   */
  public void loadSeries() {
    try {
      DatasetSeries loaded = market.series(user.caller(), series.datasetId(), series.getSymbol(), series.getFrom(),
          series.getTo());
      form.load(loaded);
      result = null;
      reopening.clear();
      Messages.info("Loaded " + loaded.values().size() + " values of " + loaded.symbol() + ", "
          + loaded.dates().get(0) + " to " + loaded.dates().get(loaded.dates().size() - 1));
    } catch (InvalidAssumptionsException e) {
      Messages.fieldErrors(e.errors());
    } catch (RecordNotFoundException e) {
      Messages.error("That data set does not exist (any more)");
    }
  }

  /** Loads the series named in the URL ({@code forecast.xhtml?dataset=<id>&symbol=<s>}), if any. */
  public void loadRequestedSeries() {
    if (series.chosen() && !FacesContext.getCurrentInstance().isPostback()) {
      if (series.getSymbol() == null || series.getSymbol().isBlank()) {
        series.setSymbol(getSymbols().stream().findFirst().orElse(null));
      }
      loadSeries();
    }
  }

  /** The data sets a series can come from: the samples, then the tenant's uploads. */
  public List<DatasetView> getDatasets() {
    if (datasets == null) {
      datasets = market.list(user.caller(), 0, MarketDataBacking.PAGE_SIZE).items();
    }
    return datasets;
  }

  /** The series of the chosen data set. */
  public List<String> getSymbols() {
    return getDatasets().stream().filter(d -> d.id().equals(series.getDataset())).findFirst()
        .map(DatasetView::symbols).orElse(List.of());
  }

  public SeriesChoice getSeries() {
    return series;
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
