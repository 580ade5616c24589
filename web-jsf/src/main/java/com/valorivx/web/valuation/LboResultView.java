package com.valorivx.web.valuation;

import com.valorivx.engine.lbo.LboReturnsGrid;
import com.valorivx.engine.lbo.LboValuation;
import com.valorivx.engine.lbo.LboYear;
import com.valorivx.web.faces.Formats;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An LBO result as the page shows it: the sponsor's returns, sources and uses, the exit bridge,
 * each year, the chart's JSON and the returns heat table (null when no grid could be drawn).
 *
 * @param irr null on a total loss
 */
public record LboResultView(UUID runId, Double irr, double moic, boolean totalLoss, double entryEnterpriseValue,
    double transactionFees, double totalUses, List<Source> debt, double equityInvested, double totalSources,
    double exitEbitda, double exitEnterpriseValue, double exitDebt, double exitCash, double exitNetDebt,
    double exitEquityValue, boolean full, List<YearRow> years, String chartJson, HeatTable returns)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Values this close are the same point of an axis. */
  private static final double SAME_POINT = 1e-9;

  public LboResultView {
    debt = List.copyOf(debt);
    years = List.copyOf(years);
  }

  /** One source of funds: a tranche and its amount. */
  public record Source(String name, double amount) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** One projected year; revenue and tax only with the full operating model. */
  public record YearRow(int year, Double revenue, double ebitda, double cashFlowBeforeInterest, double tax,
      double interest, double debtRepayment, double endingDebt, double cash) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The view of run {@code runId}: {@code debt} the tranches raised, {@code grid} may be null. */
  public static LboResultView of(UUID runId, LboValuation v, List<Source> debt, LboReturnsGrid grid,
      double baseEntryMultiple, double baseExitMultiple) {
    List<YearRow> years = new ArrayList<>();
    for (LboYear y : v.years()) {
      years.add(new YearRow(y.year(), y.revenue(), y.ebitda(), y.cashFlowBeforeInterest(), y.tax(), y.interest(),
          y.debtRepayment(), y.endingDebt(), y.cash()));
    }
    boolean full = years.stream().anyMatch(y -> y.revenue() != null);
    HeatTable returns = grid == null ? null : heatTable(grid, baseEntryMultiple, baseExitMultiple, v.irr());
    return new LboResultView(runId, v.irr(), v.moic(), v.totalLoss(), v.entryEnterpriseValue(), v.transactionFees(),
        v.totalUses(), debt, v.equityInvested(), v.totalSources(), v.exitEbitda(), v.exitEnterpriseValue(),
        v.exitDebt(), v.exitCash(), v.exitNetDebt(), v.exitEquityValue(), full, years, LboChart.json(years,
            v.totalDebt()), returns);
  }

  /** IRR by entry multiple (rows) and exit multiple (columns), shaded against the base case's IRR. */
  static HeatTable heatTable(LboReturnsGrid grid, double baseEntry, double baseExit, Double baseIrr) {
    Formats fmt = new Formats();
    double base = baseIrr == null ? -1 : baseIrr;
    double spread = 0;
    for (List<Double> row : grid.irrs()) {
      for (Double irr : row) {
        spread = Math.max(spread, Math.abs((irr == null ? -1 : irr) - base));
      }
    }
    List<String> headers = grid.exitMultiples().stream().map(fmt::multiple).toList();
    List<HeatTable.Row> rows = new ArrayList<>();
    for (int i = 0; i < grid.entryMultiples().size(); i++) {
      boolean baseRow = Math.abs(grid.entryMultiples().get(i) - baseEntry) < SAME_POINT;
      List<HeatTable.Cell> cells = new ArrayList<>();
      for (int j = 0; j < grid.exitMultiples().size(); j++) {
        boolean baseCell = baseRow && Math.abs(grid.exitMultiples().get(j) - baseExit) < SAME_POINT;
        Double irr = grid.irrs().get(i).get(j);
        double moic = grid.moics().get(i).get(j);
        cells.add(irr == null
            ? new HeatTable.Cell("total loss", HeatTable.shade(-1 - base, spread), baseCell, true,
                "The exit equity is wiped out")
            : new HeatTable.Cell(fmt.percent(irr), HeatTable.shade(irr - base, spread), baseCell, false,
                "MOIC " + fmt.factor(moic) + "x"));
      }
      rows.add(new HeatTable.Row(fmt.multiple(grid.entryMultiples().get(i)), baseRow, cells));
    }
    return new HeatTable("Exit multiple", headers, rows);
  }
}
