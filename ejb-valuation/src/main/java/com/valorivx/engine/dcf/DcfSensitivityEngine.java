package com.valorivx.engine.dcf;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.dcf.DcfSensitivity.ColumnAxis;
import com.valorivx.engine.dcf.TerminalValueAssumption.ExitMultiple;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;

/**
 * Revalues a base DCF over a grid of discount rates × terminal growth rates (Gordon) or
 * discount rates × exit multiples. Each cell is a full {@link DcfEngine} valuation of the base
 * with the two inputs replaced, so a cell equals a standalone run with those inputs.
 */
public final class DcfSensitivityEngine {

  /** Most cells a grid may hold. */
  public static final int MAX_CELLS = 2_500;

  public static final DcfSensitivityEngine DEFAULT = new DcfSensitivityEngine(DcfEngine.DEFAULT);

  private final DcfEngine engine;

  public DcfSensitivityEngine(DcfEngine engine) {
    this.engine = engine;
  }

  public DcfSensitivity byGrowth(DcfAssumptions base, List<Double> discountRates, List<Double> growthRates) {
    checkAxes(discountRates, growthRates, "terminalGrowthRates", g -> g > -1 && g < 1, "a decimal rate in (-1, 1)");
    return grid(base, discountRates, ColumnAxis.TERMINAL_GROWTH, growthRates, GordonGrowth::new);
  }

  public DcfSensitivity byExitMultiple(DcfAssumptions base, List<Double> discountRates, List<Double> multiples) {
    checkAxes(discountRates, multiples, "exitMultiples", m -> m > 0, "positive");
    Double ebitda = base.terminal() instanceof ExitMultiple exit ? exit.terminalEbitda() : null;
    return grid(base, discountRates, ColumnAxis.EXIT_MULTIPLE, multiples, m -> new ExitMultiple(m, ebitda));
  }

  private DcfSensitivity grid(DcfAssumptions base, List<Double> rates, ColumnAxis axis, List<Double> columns,
      DoubleFunction<TerminalValueAssumption> terminal) {
    List<List<Double>> ev = new ArrayList<>();
    List<List<Double>> perShare = new ArrayList<>();
    for (double rate : rates) {
      List<Double> evRow = new ArrayList<>();
      List<Double> psRow = new ArrayList<>();
      for (double column : columns) {
        DcfValuation v = valueOrNull(base, rate, terminal.apply(column));
        evRow.add(v == null ? null : v.enterpriseValue());
        psRow.add(v == null ? null : v.valuePerShare());
      }
      ev.add(evRow);
      perShare.add(psRow);
    }
    return new DcfSensitivity(rates, axis, columns, ev, perShare);
  }

  private DcfValuation valueOrNull(DcfAssumptions base, double rate, TerminalValueAssumption terminal) {
    try {
      return engine.value(base.with(new DiscountRateAssumption.Given(rate), terminal));
    } catch (InvalidAssumptionsException e) {
      // Axes are checked up front, so only growth ≥ rate fails here: that cell has no Gordon value.
      return null;
    }
  }

  private static void checkAxes(List<Double> rows, List<Double> columns, String columnField,
      DoublePredicate columnValid, String columnRange) {
    Checks checks = Checks.start();
    checkAxis(checks, rows, "discountRates", r -> r > 0 && r <= 1, "a decimal rate in (0, 1]");
    checkAxis(checks, columns, columnField, columnValid, columnRange);
    if (!checks.hasErrors() && rows.size() * columns.size() > MAX_CELLS) {
      checks.reject(columnField, "the grid would hold " + rows.size() * columns.size() + " cells; at most " + MAX_CELLS);
    }
    checks.throwIfAny();
  }

  private static void checkAxis(Checks checks, List<Double> values, String field, DoublePredicate valid, String range) {
    if (values == null || values.isEmpty()) {
      checks.reject(field, "needs at least one value");
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      if (checks.finiteAt(values.get(i), field, i)) {
        checks.requireAt(valid.test(values.get(i)), field, i, "must be " + range);
      }
    }
  }
}
