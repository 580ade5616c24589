package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.mna.MnaAccretionGrid;
import com.valorivx.engine.mna.MnaValuation;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.valuation.MnaRequest;
import com.valorivx.valuation.MnaRun;
import com.valorivx.valuation.MnaService;
import com.valorivx.valuation.RunKind;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/** The M&amp;A page: values the deal (the service stores the run) and draws its accretion grid. */
@Named
@ViewScoped
public class MnaBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  SignedInUser user;

  @Inject
  MnaService mna;

  @Inject
  StoredRuns stored;

  private MnaForm form = new MnaForm();
  private MnaResultView result;
  private final Reopening reopening = new Reopening();

  /** Values the deal; rejected fields get their message beside their input. */
  public void value() {
    try {
      MnaRun valued = mna.accretionDilution(user.caller(), form.toRequest());
      show(valued.id(), valued.valuation());
      reopening.clear();
    } catch (InvalidAssumptionsException e) {
      result = null;
      Messages.fieldErrors(e.errors());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may view runs but not value models");
    }
  }

  private void show(UUID runId, MnaValuation valuation) {
    result = new MnaResultView(runId, valuation, DealCharts.epsChart(valuation.standaloneEps(),
        valuation.proFormaEps()), grid());
  }

  /** Loads the run named in the URL ({@code mna.xhtml?run=<id>}), if any, into the form with its stored result. */
  public void reopen() {
    stored.reopen(user.caller(), reopening, RunKind.MNA, MnaRequest.class, MnaValuation.class, s -> {
      form = MnaForm.of(s.request());
      show(s.run().id(), s.result());
    });
  }

  /** The accretion grid, or null with a page warning when its own inputs are rejected. */
  private HeatTable grid() {
    try {
      MnaAccretionGrid grid = mna.accretionGrid(user.caller(), form.toGridRequest());
      return DealCharts.accretionTable(grid, form.getPurchasePrice(), form.getStock());
    } catch (AccessDeniedException readOnly) {
      // A viewer reopening a run sees the stored result; the grid is a new calculation.
      return null;
    } catch (InvalidAssumptionsException e) {
      Messages.warn("No accretion grid: " + e.getMessage());
      return null;
    }
  }

  /** Starts again from the example deal. */
  public void reset() {
    form = new MnaForm();
    result = null;
    reopening.clear();
  }

  public MnaForm getForm() {
    return form;
  }

  public MnaResultView getResult() {
    return result;
  }

  /** The stored run named in the URL and shown, if any. */
  public Reopening getReopening() {
    return reopening;
  }
}
