package com.valorivx.web.faces;

import com.valorivx.engine.common.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;

/** The messages a backing bean leaves for the page, in one line each. */
public final class Messages {

  private Messages() {
  }

  /** A page-level error. */
  public static void error(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  /** A page-level note. */
  public static void info(String text) {
    add(FacesMessage.SEVERITY_INFO, text);
  }

  /** A page-level warning. */
  public static void warn(String text) {
    add(FacesMessage.SEVERITY_WARN, text);
  }

  /** Each field error beside the input it names (see {@link FieldErrorMessages}). */
  public static void fieldErrors(List<FieldError> errors) {
    FieldErrorMessages.show(FacesContext.getCurrentInstance(), errors);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
