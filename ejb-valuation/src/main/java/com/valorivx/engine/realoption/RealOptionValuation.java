package com.valorivx.engine.realoption;

import java.io.Serializable;

/**
 * A real option's value beside the project's static NPV (see {@link RealOptionAssumptions} for
 * each kind's definitions).
 *
 * @param optionValue value of the flexibility, ≥ 0
 * @param staticNpv NPV of the project without the flexibility
 * @param expandedNpv static NPV + option (EXPAND, ABANDON); max(option, static NPV) (DEFER)
 * @param spot the option's underlying: expansionFactor × underlyingValue (EXPAND) or underlyingValue
 * @param strike the option's strike: exerciseCost (EXPAND, DEFER) or salvageValue (ABANDON)
 */
public record RealOptionValuation(double optionValue, double staticNpv, double expandedNpv, double spot,
    double strike) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Version of the real-option engine, stored with each run. */
  public static final String VERSION = "realoption-1.0";
}
