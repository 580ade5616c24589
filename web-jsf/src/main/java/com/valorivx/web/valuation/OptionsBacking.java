package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.option.OptionValuation;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.governance.Caller;
import com.valorivx.valuation.OptionProfile;
import com.valorivx.valuation.OptionProfileService;
import com.valorivx.valuation.OptionRequest;
import com.valorivx.valuation.OptionRun;
import com.valorivx.valuation.RunKind;
import com.valorivx.valuation.ValuationService;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The options page: values the form's option (the service stores the run) and charts its value
 * against its intrinsic value across spot prices from half to one and a half times today's spot.
 */
@Named
@ViewScoped
public class OptionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(OptionsBacking.class.getName());

  /** Spot prices the chart spans, as shares of today's spot, and how many points it draws. */
  static final double CHART_FROM = 0.5;
  static final double CHART_TO = 1.5;
  static final int CHART_POINTS = 41;

  @Inject
  SignedInUser user;

  @Inject
  ValuationService valuations;

  @Inject
  OptionProfileService profiles;

  @Inject
  StoredRuns stored;

  private OptionForm form = new OptionForm();
  private OptionResultView result;
  private final Reopening reopening = new Reopening();

  /** Values the option; rejected fields get their message beside their input. */
  public void value() {
    try {
      OptionRequest request = form.toRequest();
      OptionRun valued = valuations.valueOption(user.caller(), request);
      show(valued.id(), request, valued.valuation());
      reopening.clear();
    } catch (InvalidAssumptionsException e) {
      result = null;
      Messages.fieldErrors(e.errors());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may view runs but not value models");
    }
  }

  private void show(UUID runId, OptionRequest request, OptionValuation valuation) {
    result = OptionResultView.of(runId, valuation, profile(user.caller(), request), request.spot(),
        methodLabel(request.method()));
  }

  /** Loads the run named in the URL ({@code options.xhtml?run=<id>}), if any, into the form with its stored result. */
  public void reopen() {
    stored.reopen(user.caller(), reopening, RunKind.OPTION, OptionRequest.class, OptionValuation.class, s -> {
      form = OptionForm.of(s.request());
      show(s.run().id(), s.request(), s.result());
    });
  }

  private OptionProfile profile(Caller caller, OptionRequest request) {
    try {
      return profiles.valueAcrossSpot(caller, request, CHART_FROM, CHART_TO, CHART_POINTS);
    } catch (AccessDeniedException readOnly) {
      // A viewer reopening a run sees the stored price; the chart is a new calculation.
      return null;
    } catch (InvalidAssumptionsException e) {
      // The price stands on its own; a chart the engines cannot draw is left out and said so.
      LOG.log(Level.FINE, "no option chart: {0}", e.getMessage());
      Messages.warn("No chart across spot prices: " + e.getMessage());
      return null;
    }
  }

  /** How the page names a method. */
  static String methodLabel(String method) {
    return switch (method) {
      case "BINOMIAL" -> "binomial tree";
      case "MONTE_CARLO" -> "Monte Carlo";
      default -> "Black-Scholes";
    };
  }

  /** Starts again from the textbook example. */
  public void reset() {
    form = new OptionForm();
    result = null;
    reopening.clear();
  }

  public OptionForm getForm() {
    return form;
  }

  public OptionResultView getResult() {
    return result;
  }

  /** The stored run named in the URL and shown, if any. */
  public Reopening getReopening() {
    return reopening;
  }
}
