package com.valorivx.web.valuation;

import java.io.Serializable;

/**
 * What the cash-flow page shows: the NPV at the rate, the IRR or why there is none, and the NPV
 * profile chart across rates with the IRR marked.
 *
 * @param irr null when the flows have no rate of return; {@code noIrrReason} says why
 * @param signChanges above 1, the flows may have several rates of return
 */
public record CashFlowResultView(boolean dated, double rate, double npv, Double irr, Integer signChanges,
    String noIrrReason, String chartJson) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Whether the flows might have more than one IRR (several sign changes). */
  public boolean severalRatesPossible() {
    return signChanges != null && signChanges > 1;
  }
}
