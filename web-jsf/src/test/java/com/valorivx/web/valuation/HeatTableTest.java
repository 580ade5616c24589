package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.engine.dcf.DcfSensitivity;
import com.valorivx.engine.dcf.DcfSensitivity.ColumnAxis;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeatTableTest {

  private static final DcfSensitivity GRID = new DcfSensitivity(List.of(0.03, 0.04, 0.05), ColumnAxis.TERMINAL_GROWTH, List.of(0.03, 0.04),
      List.of(Arrays.asList(null, null), Arrays.asList(3000.0, null), Arrays.asList(1500.0, 2000.0)),
      List.of(Arrays.asList(null, null), Arrays.asList(28.0, null), Arrays.asList(13.0, 18.0)));

  @Test
  void theBaseCellIsMarkedAndCellsWithoutValueReadNotAvailable() {
    HeatTable table = HeatTable.of(GRID, 0.05, 0.04, false, 18.0);

    assertThat(table.columnTitle()).isEqualTo("Terminal growth");
    assertThat(table.columnHeaders()).containsExactly("3.00%", "4.00%");
    assertThat(table.rows()).extracting(HeatTable.Row::header).containsExactly("3.00%", "4.00%", "5.00%");
    assertThat(table.rows().get(2).base()).isTrue();
    HeatTable.Cell base = table.rows().get(2).cells().get(1);
    assertThat(base.base()).isTrue();
    assertThat(base.text()).isEqualTo("18.00");
    assertThat(base.style()).isEmpty();
    HeatTable.Cell missing = table.rows().get(0).cells().get(0);
    assertThat(missing.missing()).isTrue();
    assertThat(missing.text()).isEqualTo("n/a");
    assertThat(table.rows().get(1).cells().get(0).title()).isEqualTo("Enterprise value 3,000.00");
  }

  @Test
  void cellsAboveTheBaseAreGreenBelowRedDeeperFurtherAway() {
    HeatTable table = HeatTable.of(GRID, 0.05, 0.04, false, 18.0);

    assertThat(table.rows().get(1).cells().get(0).style()).isEqualTo("background-color: rgba(34, 160, 90, 0.60)");
    assertThat(table.rows().get(2).cells().get(0).style()).isEqualTo("background-color: rgba(214, 60, 60, 0.34)");
  }

  @Test
  void exitMultipleColumnsReadAsMultiples() {
    DcfSensitivity grid = new DcfSensitivity(List.of(0.1), ColumnAxis.EXIT_MULTIPLE, List.of(8.0, 10.0), List.of(List.of(1.0, 2.0)),
        List.of(List.of(1.0, 2.0)));

    HeatTable table = HeatTable.of(grid, 0.1, 10.0, true, 2.0);

    assertThat(table.columnTitle()).isEqualTo("Exit multiple");
    assertThat(table.columnHeaders()).containsExactly("8.0x", "10.0x");
    assertThat(table.rows().get(0).cells().get(1).base()).isTrue();
  }
}
