package com.valorivx.web.faces;

import com.valorivx.engine.common.FieldError;
import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a service's {@link FieldError}s beside the inputs they name. The page marks each input
 * with the field path it edits as a pass-through attribute, e.g.
 * {@code <p:inputText id="growth" a:data-field="terminal.growth"/>}; an error on
 * {@code freeCashFlows[2]} lands on the input marked {@code freeCashFlows} and says which year.
 * Errors no rendered input claims are shown as global messages. No component id appears in Java.
 */
public final class FieldErrorMessages {

  /** The pass-through attribute that names the request field an input edits. */
  public static final String FIELD_ATTRIBUTE = "data-field";

  private static final Pattern INDEX = Pattern.compile("^\\[(\\d+)]$");

  private FieldErrorMessages() {
  }

  /** Adds one error message per field error and marks the request as failed validation. */
  public static void show(FacesContext faces, List<FieldError> errors) {
    Map<String, String> inputs = new HashMap<>();
    collect(faces, faces.getViewRoot(), inputs);
    for (FieldError error : errors) {
      String field = claimingField(inputs, error.field());
      String text = field == null ? error.field() + ": " + error.message() : describe(error, field);
      faces.addMessage(field == null ? null : inputs.get(field), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    faces.validationFailed();
  }

  /** The marked field that owns {@code field}: itself, or the nearest parent path (without index, then segment). */
  static String claimingField(Map<String, String> inputs, String field) {
    String candidate = field;
    while (candidate != null && !candidate.isEmpty()) {
      if (inputs.containsKey(candidate)) {
        return candidate;
      }
      candidate = parent(candidate);
    }
    return null;
  }

  /** The message, prefixed by the year or element when the input edits a list. */
  static String describe(FieldError error, String claimingField) {
    String rest = error.field().substring(claimingField.length());
    Matcher index = INDEX.matcher(rest);
    if (index.matches()) {
      return "Year " + (Integer.parseInt(index.group(1)) + 1) + ": " + error.message();
    }
    return rest.isEmpty() ? capitalise(error.message()) : rest.replaceFirst("^\\.", "") + " " + error.message();
  }

  private static String parent(String path) {
    if (path.endsWith("]")) {
      return path.substring(0, path.lastIndexOf('['));
    }
    int dot = path.lastIndexOf('.');
    return dot < 0 ? null : path.substring(0, dot);
  }

  private static String capitalise(String message) {
    return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }

  private static void collect(FacesContext faces, UIComponent component, Map<String, String> inputs) {
    if (!component.isRendered()) {
      return;
    }
    Map<String, Object> passThrough = component.getPassThroughAttributes(false);
    Object field = passThrough == null ? null : passThrough.get(FIELD_ATTRIBUTE);
    if (field instanceof ValueExpression expression) {
      // Set from a tag file attribute, e.g. a:data-field="#{field}": kept as an expression.
      field = expression.getValue(faces.getELContext());
    }
    if (field != null) {
      inputs.putIfAbsent(field.toString(), component.getClientId(faces));
    }
    for (Iterator<UIComponent> children = component.getFacetsAndChildren(); children.hasNext(); ) {
      collect(faces, children.next(), inputs);
    }
  }
}
