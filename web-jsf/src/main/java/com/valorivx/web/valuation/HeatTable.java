package com.valorivx.web.valuation;

import com.valorivx.engine.dcf.DcfSensitivity;
import com.valorivx.web.faces.Formats;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sensitivity grid of values per share as the page draws it: a cell above the base value is
 * shaded green, below red, the deeper the further it lies from the base (relative to the
 * furthest cell of the grid); the base cell is marked; a cell with no value reads "n/a".
 *
 * @param columnTitle what the columns vary ("Terminal growth" or "Exit multiple")
 */
public record HeatTable(String columnTitle, List<String> columnHeaders, List<Row> rows) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Values this close are the same point of an axis. */
  private static final double SAME_POINT = 1e-9;

  public HeatTable {
    columnHeaders = List.copyOf(columnHeaders);
    rows = List.copyOf(rows);
  }

  /** One discount rate. */
  public record Row(String header, boolean base, List<Cell> cells) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One cell.
   *
   * @param style the inline background colour
   * @param title the tooltip: the enterprise value of the cell
   */
  public record Cell(String text, String style, boolean base, boolean missing, String title) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Draws {@code grid} around the base valuation at {@code baseRate} and {@code baseColumn}
   * (the base's growth rate or exit multiple).
   */
  public static HeatTable of(DcfSensitivity grid, double baseRate, double baseColumn, boolean exitMultiples,
      double baseValuePerShare) {
    Formats fmt = new Formats();
    double spread = furthestFrom(baseValuePerShare, grid.valuesPerShare());
    List<String> headers = grid.columns().stream()
        .map(c -> exitMultiples ? fmt.multiple(c) : fmt.percent(c)).toList();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < grid.discountRates().size(); i++) {
      boolean baseRow = Math.abs(grid.discountRates().get(i) - baseRate) < SAME_POINT;
      List<Cell> cells = new ArrayList<>();
      for (int j = 0; j < grid.columns().size(); j++) {
        boolean baseCell = baseRow && Math.abs(grid.columns().get(j) - baseColumn) < SAME_POINT;
        Double value = grid.valuesPerShare().get(i).get(j);
        Double ev = grid.enterpriseValues().get(i).get(j);
        cells.add(value == null
            ? new Cell(Formats.NOT_AVAILABLE, "", baseCell, true, "no value: growth is not below the discount rate")
            : new Cell(fmt.amount(value), shade(value - baseValuePerShare, spread), baseCell, false,
                "Enterprise value " + fmt.amount(ev)));
      }
      rows.add(new Row(fmt.percent(grid.discountRates().get(i)), baseRow, cells));
    }
    return new HeatTable(exitMultiples ? "Exit multiple" : "Terminal growth", headers, rows);
  }

  /** Green above the base, red below; opacity grows with the distance, up to 0.6 at the furthest cell. */
  static String shade(double difference, double spread) {
    if (spread <= 0 || difference == 0) {
      return "";
    }
    double strength = Math.min(1, Math.abs(difference) / spread);
    String rgb = difference > 0 ? "34, 160, 90" : "214, 60, 60";
    return String.format(Locale.ROOT, "background-color: rgba(%s, %.2f)", rgb, 0.08 + 0.52 * strength);
  }

  private static double furthestFrom(double base, List<List<Double>> values) {
    double furthest = 0;
    for (List<Double> row : values) {
      for (Double value : row) {
        if (value != null) {
          furthest = Math.max(furthest, Math.abs(value - base));
        }
      }
    }
    return furthest;
  }
}
