package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.realoption.RealOptionValuation;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.valuation.RealOptionRequest;
import com.valorivx.valuation.RealOptionRun;
import com.valorivx.valuation.RealOptionService;
import com.valorivx.valuation.RunKind;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** The real-options page: values the option (the service stores the run) and charts it across volatilities. */
@Named
@ViewScoped
public class RealOptionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The volatilities the chart shows. */
  static final List<Double> CHART_VOLATILITIES = List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0);

  @Inject
  SignedInUser user;

  @Inject
  RealOptionService realOptions;

  @Inject
  StoredRuns stored;

  private RealOptionForm form = new RealOptionForm();
  private RealOptionResultView result;
  private final Reopening reopening = new Reopening();

  /** Values the option; rejected fields get their message beside their input. */
  public void value() {
    try {
      RealOptionRun valued = realOptions.value(user.caller(), form.toRequest());
      show(valued.id(), form.toRequest(), valued.valuation());
      reopening.clear();
    } catch (InvalidAssumptionsException e) {
      result = null;
      Messages.fieldErrors(e.errors());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may view runs but not value models");
    }
  }

  private void show(UUID runId, RealOptionRequest request, RealOptionValuation valuation) {
    // A viewer reopening a run sees the stored result; the chart is a new calculation.
    String chart = user.isAllowedToRunModels()
        ? DealCharts.volatilityChart(realOptions.volatilityProfile(user.caller(), request, CHART_VOLATILITIES))
        : null;
    result = new RealOptionResultView(runId, valuation, chart);
  }

  /** Loads the run named in the URL ({@code real-options.xhtml?run=<id>}), if any, into the form with its stored result. */
  public void reopen() {
    stored.reopen(user.caller(), reopening, RunKind.REAL_OPTION, RealOptionRequest.class, RealOptionValuation.class,
        s -> {
          form = RealOptionForm.of(s.request());
          show(s.run().id(), s.request(), s.result());
        });
  }

  /** Starts again from the example. */
  public void reset() {
    form = new RealOptionForm();
    result = null;
    reopening.clear();
  }

  public RealOptionForm getForm() {
    return form;
  }

  public RealOptionResultView getResult() {
    return result;
  }

  /** The stored run named in the URL and shown, if any. */
  public Reopening getReopening() {
    return reopening;
  }
}
