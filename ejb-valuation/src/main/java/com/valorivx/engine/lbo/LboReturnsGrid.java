package com.valorivx.engine.lbo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Equity IRR and MOIC of one buyout over entry multiple × exit multiple. Rows follow
 * {@code entryMultiples}, columns {@code exitMultiples}. A cell that is a total loss has
 * IRR null and MOIC 0 (see {@link LboValuation}).
 */
public record LboReturnsGrid(List<Double> entryMultiples, List<Double> exitMultiples, List<List<Double>> irrs,
    List<List<Double>> moics) {

  public LboReturnsGrid {
    entryMultiples = List.copyOf(entryMultiples);
    exitMultiples = List.copyOf(exitMultiples);
    // Rows may hold nulls (total losses), which List.copyOf refuses.
    irrs = irrs.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    moics = moics.stream().map(List::copyOf).toList();
  }
}
