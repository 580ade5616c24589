package com.valorivx.web.valuation;

import java.io.Serializable;
import java.util.UUID;

/**
 * What a model page knows about reopening a stored run: the run named in its URL
 * ({@code <page>?run=<id>}) and, once loaded, the history line of the run it shows, until the
 * page values its form again.
 */
public class Reopening implements Serializable {

  private static final long serialVersionUID = 1L;

  private UUID run;
  private RunRow reopened;

  /** The page now shows this stored run. */
  void shows(RunRow row) {
    reopened = row;
  }

  /** The page shows a fresh result (or none): no stored run any more. */
  void clear() {
    reopened = null;
  }

  /** The stored run the page shows; null when it shows a fresh result or none. */
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
