package com.valorivx.engine.common;

import java.util.List;

/** What the tests of a validation ask: which fields an {@link InvalidAssumptionsException} named. */
public final class RejectedFields {

  private RejectedFields() {
  }

  /** The fields {@code mapping} rejected, in the order it named them; fails the test if it accepted. */
  public static List<String> by(Runnable mapping) {
    return by(mapping, "accepted");
  }

  /** As {@link #by(Runnable)} for the JSON document {@code json}, named in the failure. */
  public static List<String> byJson(String json, Runnable mapping) {
    return by(mapping, "accepted: " + json);
  }

  private static List<String> by(Runnable mapping, String accepted) {
    try {
      mapping.run();
      throw new AssertionError(accepted);
    } catch (InvalidAssumptionsException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
  }
}
