package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
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
  SignedInUser user;

  @Inject
  DcfResults results;

  @Inject
  DcfTornadoes tornadoes;

  private DcfForm form = new DcfForm();
  private DcfResultView result;
  private UUID run;
  private RunRow reopened;
  private TornadoView tornado;

  /** Values the assumptions; rejected fields get their message beside their input. */
  public void value() {
    try {
      result = results.value(user.caller(), form.toRequest());
      reopened = null;
      tornado = tornadoes.around(user.caller(), form.toRequest());
    } catch (InvalidAssumptionsException e) {
      result = null;
      tornado = null;
      Messages.fieldErrors(e.errors());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may view runs but not value models");
    }
  }

  /** Loads the run named in the URL, if any, into the form with its stored result. */
  public void reopen() {
    if (run != null) {
      results.reopen(user.caller(), run).ifPresentOrElse(this::show,
          () -> Messages.warn("No DCF run " + run + " in your tenant"));
    }
  }

  private void show(DcfResults.Reopened stored) {
    reopened = stored.run();
    form = stored.form();
    result = stored.result();
    tornado = tornadoes.around(user.caller(), form.toRequest());
  }

  /** Starts again from the example assumptions. */
  public void reset() {
    form = new DcfForm();
    result = null;
    reopened = null;
    tornado = null;
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

  /** Each input swung down and up around the shown DCF (default swings); null until valued. */
  public TornadoView getTornado() {
    return tornado;
  }

  public UUID getRun() {
    return run;
  }

  public void setRun(UUID run) {
    this.run = run;
  }
}
