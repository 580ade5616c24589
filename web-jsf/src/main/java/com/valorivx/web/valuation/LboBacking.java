package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.ModelNotSolvableException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The LBO page: values the form's buyout (the service stores the run) and shows its returns. */
@Named
@ViewScoped
public class LboBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  SignedInUser user;

  @Inject
  LboResults results;

  private LboForm form = new LboForm();
  private LboResultView result;

  /** Values the buyout; rejected fields get their message beside their input. */
  public void value() {
    try {
      result = results.value(user.caller(), form.toRequest());
    } catch (InvalidAssumptionsException e) {
      result = null;
      Messages.fieldErrors(form.onRows(e.errors()));
    } catch (ModelNotSolvableException e) {
      result = null;
      Messages.fieldErrors(form.onRows(List.of(e.error())));
    } catch (AccessDeniedException e) {
      Messages.error("Your role may view runs but not value models");
    }
  }

  /** Starts again from the example buyout. */
  public void reset() {
    form = new LboForm();
    result = null;
  }

  public LboForm getForm() {
    return form;
  }

  public LboResultView getResult() {
    return result;
  }
}
