package com.valorivx.api.valuation;

import com.valorivx.engine.lbo.LboReturnsGrid;
import java.util.List;

/**
 * Answer to {@code POST /api/v1/valuations/lbo/returns-grid}: rows follow {@code entryMultiples},
 * columns {@code exitMultiples}. A total-loss cell has IRR null and MOIC 0.
 */
public record LboReturnsGridResponse(List<Double> entryMultiples, List<Double> exitMultiples,
    List<List<Double>> irrs, List<List<Double>> moics) {

  static LboReturnsGridResponse of(LboReturnsGrid grid) {
    return new LboReturnsGridResponse(grid.entryMultiples(), grid.exitMultiples(), grid.irrs(), grid.moics());
  }
}
