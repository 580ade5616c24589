package com.valorivx.governance;

import jakarta.ejb.ApplicationException;

/** The tenant's plan does not include the feature (HTTP 403 naming {@code feature}). */
@ApplicationException(rollback = true)
public class FeatureNotInPlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Feature feature;
  private final String plan;

  public FeatureNotInPlanException(Feature feature, String plan) {
    super("the plan " + plan + " does not include the feature " + feature);
    this.feature = feature;
    this.plan = plan;
  }

  public Feature feature() {
    return feature;
  }

  public String plan() {
    return plan;
  }
}
