package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.valuation.RunKind;
import com.valorivx.valuation.ScenarioConflictException;
import com.valorivx.valuation.ScenarioService;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Serializable;

/** "Save as scenario" on the DCF page: stores the form's assumptions as a named DCF scenario. */
@Named
@ViewScoped
public class DcfScenarioBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject
  ScenarioService scenarios;

  @Inject
  DcfBacking dcf;

  @Inject
  SignedInUser user;

  private String name;

  public void save() {
    try {
      String saved = scenarios.save(user.caller(), name, RunKind.DCF.name(), JSON.toJson(dcf.getForm().toRequest()))
          .name();
      FacesContext.getCurrentInstance().addMessage(null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, "Saved as scenario '" + saved + "'", null));
    } catch (InvalidAssumptionsException e) {
      Messages.error("Not saved: " + e.getMessage());
    } catch (ScenarioConflictException e) {
      Messages.error(e.getMessage());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may read scenarios but not save them");
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
