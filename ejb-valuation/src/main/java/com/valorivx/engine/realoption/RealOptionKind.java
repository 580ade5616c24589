package com.valorivx.engine.realoption;

/** The managerial flexibility being valued. */
public enum RealOptionKind {
  /** Scale the project up by {@code expansionFactor} of its value for {@code exerciseCost}: a call. */
  EXPAND,
  /** Walk away from the project for {@code salvageValue}: a put. */
  ABANDON,
  /** Wait before investing {@code exerciseCost}, losing {@code yield} of the value a year meanwhile: a call. */
  DEFER
}
