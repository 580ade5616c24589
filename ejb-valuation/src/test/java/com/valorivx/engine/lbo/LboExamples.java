package com.valorivx.engine.lbo;

import java.util.List;

/** Buyouts the engine tests share. */
final class LboExamples {

  private LboExamples() {
  }

  /**
   * The worked example of the LBO specification (issue 3, "LBO"): 8× on EBITDA 100, one tranche of
   * 500 at 8 % on the opening balance, equity 300, EBITDA +5 % a year, cash before interest 50 % of
   * EBITDA, 100 % sweep, exit after 5 years at 8×.
   */
  static LboAssumptions issueExample(InterestBasis basis) {
    return new LboAssumptions(100, 8, 0, 5, List.of(new DebtTranche("Senior", 500, 0.08, 0, true)),
        new SimpleOperatingModel(0.05, 0.5), basis, 1.0, 0, 8);
  }

  /** The issue's example with another exit multiple. */
  static LboAssumptions issueExampleExitingAt(double exitMultiple) {
    return issueExample(InterestBasis.OPENING_BALANCE).withMultiples(8, exitMultiple);
  }

  /**
   * Three tranches (an amortising, swept term loan A, a swept term loan B, bullet notes) on the
   * full operating model, five years: the benchmark's and several invariants' deal.
   */
  static LboAssumptions threeTranches(InterestBasis basis) {
    return new LboAssumptions(220, 7, 30, 5, List.of(
        new DebtTranche("Term loan A", 300, 0.06, 0.10, true),
        new DebtTranche("Term loan B", 300, 0.075, 0.01, true),
        new DebtTranche("Senior notes", 200, 0.095, 0, false)),
        new FullOperatingModel(1000, 0.06, 0.22, 0.04, 0.045, 0.12, 0.25), basis, 0.75, 25, 8);
  }
}
