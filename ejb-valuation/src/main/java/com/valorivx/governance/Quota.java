package com.valorivx.governance;

/** A counted, limited resource of a tenant; {@link #apiName()} is how problems and headers name it. */
public enum Quota {
  /** Stored model runs per calendar month. */
  VALUATIONS("valuations"),
  /** Simulated Monte Carlo paths per calendar month. */
  MONTE_CARLO_PATHS("monteCarloPaths"),
  /** Users of the tenant (a high-water mark per month for billing). */
  SEATS("seats");

  private final String apiName;

  Quota(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }
}
