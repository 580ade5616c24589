package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
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

/**
 * "Save as scenario" on every model page ({@code WEB-INF/includes/save-as-scenario.xhtml}): stores
 * the page's request as a named scenario of the page's model.
 */
@Named
@ViewScoped
public class ScenarioSaveBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject
  ScenarioService scenarios;

  @Inject
  SignedInUser user;

  private String name;

  /** Saves {@code request} (the page form's request record) as a scenario of {@code kind}. */
  public void save(String kind, Object request) {
    try {
      String saved = scenarios.save(user.caller(), name, kind, JSON.toJson(request)).name();
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
