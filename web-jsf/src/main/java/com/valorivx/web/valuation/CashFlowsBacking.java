package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The cash-flow calculator: NPV and IRR (or XNPV and XIRR) of the form's flows; nothing is stored. */
@Named
@ViewScoped
public class CashFlowsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  SignedInUser user;

  @Inject
  CashFlowResults results;

  private CashFlowForm form = new CashFlowForm();
  private CashFlowResultView result;

  /** Calculates; rejected fields get their message beside their input. */
  public void calculate() {
    try {
      result = results.calculate(user.caller(), form);
    } catch (InvalidAssumptionsException e) {
      result = null;
      Messages.fieldErrors(CashFlowForm.byLine(e.errors()));
    } catch (AccessDeniedException e) {
      Messages.error("Your role may not use the cash-flow functions");
    }
  }

  /** Starts again from the spreadsheet examples. */
  public void reset() {
    form = new CashFlowForm();
    result = null;
  }

  public CashFlowForm getForm() {
    return form;
  }

  public CashFlowResultView getResult() {
    return result;
  }
}
