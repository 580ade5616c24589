package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.valuation.RealOptionRun;
import com.valorivx.valuation.RealOptionService;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

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

  private RealOptionForm form = new RealOptionForm();
  private RealOptionResultView result;

  /** Values the option; rejected fields get their message beside their input. */
  public void value() {
    try {
      RealOptionRun run = realOptions.value(user.caller(), form.toRequest());
      String chart = DealCharts.volatilityChart(
          realOptions.volatilityProfile(user.caller(), form.toRequest(), CHART_VOLATILITIES));
      result = new RealOptionResultView(run.id(), run.valuation(), chart);
    } catch (InvalidAssumptionsException e) {
      result = null;
      Messages.fieldErrors(e.errors());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may view runs but not value models");
    }
  }

  /** Starts again from the example. */
  public void reset() {
    form = new RealOptionForm();
    result = null;
  }

  public RealOptionForm getForm() {
    return form;
  }

  public RealOptionResultView getResult() {
    return result;
  }
}
