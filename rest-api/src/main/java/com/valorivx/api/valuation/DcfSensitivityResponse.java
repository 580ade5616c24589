package com.valorivx.api.valuation;

import com.valorivx.engine.dcf.DcfSensitivity;
import java.util.List;

/**
 * Answer to {@code POST /api/v1/valuations/dcf/sensitivity}: rows follow {@code discountRates},
 * columns {@code terminalGrowthRates} (Gordon base) or {@code exitMultiples} (exit-multiple base),
 * whichever the request gave; the other is absent. A cell whose growth is not below its discount
 * rate has no value and is null.
 */
public record DcfSensitivityResponse(List<Double> discountRates, List<Double> terminalGrowthRates,
    List<Double> exitMultiples, List<List<Double>> enterpriseValues, List<List<Double>> valuesPerShare) {

  static DcfSensitivityResponse of(DcfSensitivity grid) {
    boolean byExitMultiple = grid.columnAxis() == DcfSensitivity.ColumnAxis.EXIT_MULTIPLE;
    return new DcfSensitivityResponse(grid.discountRates(), byExitMultiple ? null : grid.columns(),
        byExitMultiple ? grid.columns() : null, grid.enterpriseValues(), grid.valuesPerShare());
  }
}
