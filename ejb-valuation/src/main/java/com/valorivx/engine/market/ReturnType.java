package com.valorivx.engine.market;

/** How a period's return is measured from two prices. */
public enum ReturnType {
  /** p<sub>t</sub>/p<sub>t−1</sub> − 1. */
  SIMPLE,
  /** ln(p<sub>t</sub>/p<sub>t−1</sub>). */
  LOG
}
