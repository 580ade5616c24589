package com.valorivx.engine.realoption;

import java.util.List;

/**
 * Option value and expanded NPV of one real option at several volatilities.
 *
 * @param volatilities the volatilities, as given
 * @param optionValues the option value at each
 * @param expandedNpvs the expanded NPV at each
 */
public record RealOptionVolatilityProfile(List<Double> volatilities, List<Double> optionValues,
    List<Double> expandedNpvs) {

  public RealOptionVolatilityProfile {
    volatilities = List.copyOf(volatilities);
    optionValues = List.copyOf(optionValues);
    expandedNpvs = List.copyOf(expandedNpvs);
  }
}
