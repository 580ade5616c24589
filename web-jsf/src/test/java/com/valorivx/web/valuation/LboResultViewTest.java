package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.engine.lbo.LboReturnsGrid;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The returns heat table marks the base case, shades against its IRR and says "total loss" where there is no IRR. */
class LboResultViewTest {

  @Test
  void baseCellIsMarkedAndATotalLossIsSpelledOut() {
    LboReturnsGrid grid = new LboReturnsGrid(List.of(7.0, 8.0), List.of(3.0, 8.0),
        List.of(Arrays.asList(null, 0.20), Arrays.asList(null, 0.1578)),
        List.of(List.of(0.0, 2.5), List.of(0.0, 2.0806)));

    HeatTable table = LboResultView.heatTable(grid, 8, 8, 0.1578);

    assertThat(table.columnHeaders()).containsExactly("3.0x", "8.0x");
    HeatTable.Row baseRow = table.rows().get(1);
    assertThat(baseRow.base()).isTrue();
    assertThat(baseRow.cells().get(1).base()).isTrue();
    assertThat(baseRow.cells().get(1).text()).isEqualTo("15.78%");
    assertThat(baseRow.cells().get(1).title()).isEqualTo("MOIC 2.0806x");
    assertThat(baseRow.cells().get(1).style()).isEmpty();
    assertThat(baseRow.cells().get(0).text()).isEqualTo("total loss");
    assertThat(baseRow.cells().get(0).missing()).isTrue();
    assertThat(baseRow.cells().get(0).style()).contains("214, 60, 60");
    assertThat(table.rows().get(0).cells().get(1).style()).contains("34, 160, 90");
  }
}
