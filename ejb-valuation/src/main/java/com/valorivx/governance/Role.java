package com.valorivx.governance;

/** Role names as they appear in tokens ({@code groups}) and in {@code @RolesAllowed}. */
public final class Role {
  /** Manages its tenant. */
  public static final String ADMIN = "admin";
  /** Creates, runs and edits models. */
  public static final String ANALYST = "analyst";
  /** Reads only. */
  public static final String VIEWER = "viewer";
  /** Runs the platform: tenants and plans. */
  public static final String OPERATOR = "operator";

  private Role() {
  }
}
