package com.valorivx.engine.risk;

import java.util.Map;

/**
 * A named set of shocks: relative changes in position values keyed by position name (-0.2 = the
 * position loses 20 %); positions not named are unchanged.
 */
public record StressScenario(String name, Map<String, Double> shocks) {

  public StressScenario {
    shocks = Map.copyOf(shocks);
  }
}
