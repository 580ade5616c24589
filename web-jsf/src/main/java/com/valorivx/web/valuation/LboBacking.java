package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.ModelNotSolvableException;
import com.valorivx.engine.lbo.LboValuation;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.valuation.LboRequest;
import com.valorivx.valuation.RunKind;
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

  @Inject
  StoredRuns stored;

  private LboForm form = new LboForm();
  private LboResultView result;
  private final Reopening reopening = new Reopening();

  /** Values the buyout; rejected fields get their message beside their input. */
  public void value() {
    try {
      result = results.value(user.caller(), form.toRequest());
      reopening.clear();
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

  /** Loads the run named in the URL ({@code lbo.xhtml?run=<id>}), if any, into the form with its stored result. */
  public void reopen() {
    stored.reopen(user.caller(), reopening, RunKind.LBO, LboRequest.class, LboValuation.class, s -> {
      form = LboForm.of(s.request());
      result = results.view(user.caller(), s.run().id(), s.request(), s.result());
    });
  }

  /** Starts again from the example buyout. */
  public void reset() {
    form = new LboForm();
    result = null;
    reopening.clear();
  }

  public LboForm getForm() {
    return form;
  }

  public LboResultView getResult() {
    return result;
  }

  /** The stored run named in the URL and shown, if any. */
  public Reopening getReopening() {
    return reopening;
  }
}
