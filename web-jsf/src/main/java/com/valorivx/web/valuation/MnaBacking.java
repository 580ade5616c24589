package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.mna.MnaAccretionGrid;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.valuation.MnaRun;
import com.valorivx.valuation.MnaService;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The M&amp;A page: values the deal (the service stores the run) and draws its accretion grid. */
@Named
@ViewScoped
public class MnaBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  SignedInUser user;

  @Inject
  MnaService mna;

  private MnaForm form = new MnaForm();
  private MnaResultView result;

  /** Values the deal; rejected fields get their message beside their input. */
  public void value() {
    try {
      MnaRun run = mna.accretionDilution(user.caller(), form.toRequest());
      result = new MnaResultView(run.id(), run.valuation(),
          DealCharts.epsChart(run.valuation().standaloneEps(), run.valuation().proFormaEps()), grid());
    } catch (InvalidAssumptionsException e) {
      result = null;
      Messages.fieldErrors(e.errors());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may view runs but not value models");
    }
  }

  /** The accretion grid, or null with a page warning when its own inputs are rejected. */
  private HeatTable grid() {
    try {
      MnaAccretionGrid grid = mna.accretionGrid(user.caller(), form.toGridRequest());
      return DealCharts.accretionTable(grid, form.getPurchasePrice(), form.getStock());
    } catch (InvalidAssumptionsException e) {
      Messages.warn("No accretion grid: " + e.getMessage());
      return null;
    }
  }

  /** Starts again from the example deal. */
  public void reset() {
    form = new MnaForm();
    result = null;
  }

  public MnaForm getForm() {
    return form;
  }

  public MnaResultView getResult() {
    return result;
  }
}
