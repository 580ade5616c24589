package com.valorivx.engine.option;

/** Options used across the option engine tests. */
final class OptionExamples {

  private OptionExamples() {
  }

  static OptionAssumptions european(OptionType type, double s, double k, double t, double r, double sigma, double q) {
    return new OptionAssumptions(type, ExerciseStyle.EUROPEAN, s, k, t, r, sigma, q);
  }

  static OptionAssumptions american(OptionType type, double s, double k, double t, double r, double sigma, double q) {
    return new OptionAssumptions(type, ExerciseStyle.AMERICAN, s, k, t, r, sigma, q);
  }
}
