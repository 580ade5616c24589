package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.valuation.DcfRequest;
import com.valorivx.valuation.DcfRun;
import com.valorivx.valuation.ValuationService;
import com.valorivx.web.faces.FieldErrorMessages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * The DCF page: values the form's assumptions (the service stores the run), or reopens a stored
 * run into the form with its stored result ({@code dcf.xhtml?run=<id>}).
 */
@Named
@ViewScoped
public class DcfBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  ValuationService valuations;

  @Inject
  SignedInUser user;

  @Inject
  DcfResults results;

  private DcfForm form = new DcfForm();
  private DcfResultView result;
  private UUID run;
  private RunRow reopened;

  /** Values the assumptions; rejected fields get their message beside their input. */
  public void value() {
    try {
      DcfRequest request = form.toRequest();
      DcfRun valued = valuations.valueDcf(user.caller(), request);
      result = results.view(user.caller(), valued.id(), request, valued.valuation());
      reopened = null;
    } catch (InvalidAssumptionsException e) {
      result = null;
      FieldErrorMessages.show(FacesContext.getCurrentInstance(), e.errors());
    } catch (AccessDeniedException e) {
      FacesContext.getCurrentInstance().addMessage(null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, "Your role may view runs but not value models", null));
    }
  }

  /** Loads the run named in the URL, if any, into the form with its stored result. */
  public void reopen() {
    if (run != null) {
      results.reopen(user.caller(), run).ifPresentOrElse(stored -> {
        reopened = stored.run();
        form = stored.form();
        result = stored.result();
      }, () -> FacesContext.getCurrentInstance().addMessage(null,
          new FacesMessage(FacesMessage.SEVERITY_WARN, "No DCF run " + run + " in your tenant", null)));
    }
  }

  /** Starts again from the example assumptions. */
  public void reset() {
    form = new DcfForm();
    result = null;
    reopened = null;
  }

  public DcfForm getForm() {
    return form;
  }

  public DcfResultView getResult() {
    return result;
  }

  /** The stored run the page shows, until the assumptions are valued again. */
  public RunRow getReopened() {
    return reopened;
  }

  public UUID getRun() {
    return run;
  }

  public void setRun(UUID run) {
    this.run = run;
  }
}
