package com.valorivx.web.admin;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.governance.AccountConflictException;
import com.valorivx.valuation.RecordNotFoundException;
import com.valorivx.web.faces.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Runs one administration action and turns its refusals into page messages. */
final class AdminActions {

  private AdminActions() {
  }

  /** Runs {@code action}; on success leaves {@code done} as an info message. Answers whether it succeeded. */
  static boolean run(Runnable action, String done) {
    try {
      action.run();
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
      return true;
    } catch (InvalidAssumptionsException e) {
      // Beside the field, and at the top: the admin forms' inputs have no message slot of their own.
      Messages.fieldErrors(e.errors());
      e.errors().forEach(error -> Messages.error(error.field() + " " + error.message()));
    } catch (AccountConflictException | RecordNotFoundException e) {
      Messages.error(e.getMessage());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may not do this.");
    }
    return false;
  }
}
