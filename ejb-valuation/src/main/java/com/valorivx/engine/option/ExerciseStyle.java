package com.valorivx.engine.option;

/** When an option can be exercised: only at maturity (European) or at any time up to it (American). */
public enum ExerciseStyle {
  EUROPEAN, AMERICAN
}
