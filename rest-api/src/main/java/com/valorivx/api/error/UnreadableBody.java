package com.valorivx.api.error;

import com.valorivx.engine.common.FieldError;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains a request body that JSON-B could not read: not JSON at all (truncated, a stray
 * character), or JSON whose values do not fit the request (text where a number belongs). The
 * JSON-B messages name the properties they were reading, outermost first; those become the field.
 */
final class UnreadableBody {

  private static final Pattern PROPERTY = Pattern.compile("property '?\"?([A-Za-z_$][\\w$]*)");
  private static final Pattern JAVA_CLASS = Pattern.compile("class (?:[\\w$]+\\.)*([\\w$]+)");

  private UnreadableBody() {
  }

  /** Whether {@code e} or a cause is a JSON parsing or binding failure. */
  static boolean isCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
    }
    return false;
  }

  static Problem problem(Throwable e) {
    Throwable innermost = e;
    JsonParsingException syntax = null;
    List<String> path = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      innermost = t;
      if (t instanceof JsonParsingException parsing) {
        syntax = parsing;
      }
      Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
      while (m.find()) {
        if (path.isEmpty() || !path.get(path.size() - 1).equals(m.group(1))) {
          path.add(m.group(1));
        }
      }
    }
    if (syntax != null) {
      return Problem.malformedBody("The request body is not valid JSON: " + syntax.getMessage(), List.of());
    }
    // JSON-B names Java classes ("class java.lang.Double"); the caller knows the JSON, not our packages.
    String reason = innermost.getMessage() == null ? innermost.getClass().getSimpleName()
        : JAVA_CLASS.matcher(innermost.getMessage()).replaceAll("$1");
    if (path.isEmpty()) {
      return Problem.malformedBody("The request body could not be read as the expected JSON: " + reason, List.of());
    }
    String field = String.join(".", path);
    return Problem.malformedBody("The request body could not be read: field '" + field + "' has a value of the "
        + "wrong type (" + reason + ")", List.of(new FieldError(field, "has a value of the wrong type")));
  }
}
