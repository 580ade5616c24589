package com.valorivx.web.valuation;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.sensitivity.SwingKind;
import com.valorivx.engine.sensitivity.TornadoAnalysis;
import com.valorivx.engine.sensitivity.TornadoAnalysis.TornadoBar;
import com.valorivx.engine.sensitivity.TornadoAnalysis.TornadoPoint;
import com.valorivx.web.faces.Formats;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The DCF page's tornado: value per share with each input swung down and up (default swings),
 * widest bar first, as a chart and as rows that spell out the swung inputs and any side the DCF
 * cannot value.
 */
public record TornadoView(double baseValuePerShare, List<Row> rows, String chartJson) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One bar: label, the input's base, low and high values as text, values per share (null: invalid) and why. */
  public record Row(String label, String swing, String baseInput, String lowInput, String highInput,
      Double lowValuePerShare, Double highValuePerShare, double spread, String invalidReason) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  static TornadoView of(TornadoAnalysis analysis) {
    List<Row> rows = analysis.bars().stream().map(TornadoView::row).toList();
    double base = analysis.base().valuePerShare();
    return new TornadoView(base, rows, TornadoChart.json(rows, base));
  }

  private static Row row(TornadoBar bar) {
    // Every absolutely swung input is a rate: its swing reads in points, its values as percentages.
    boolean rate = bar.input().kind() == SwingKind.ABSOLUTE;
    Formats fmt = new Formats();
    String swing = "± " + (rate ? Checks.percent(bar.swing()).replace("%", " pt") : Checks.percent(bar.swing()));
    List<String> reasons = Stream.of(side("down", bar.low()), side("up", bar.high())).filter(Objects::nonNull).toList();
    return new Row(bar.input().label(), swing, input(fmt, rate, bar.baseValue()), input(fmt, rate, bar.low().inputValue()),
        input(fmt, rate, bar.high().inputValue()), bar.low().valuePerShare(), bar.high().valuePerShare(),
        bar.valuePerShareSpread(), reasons.isEmpty() ? null : String.join("; ", reasons));
  }

  private static String side(String which, TornadoPoint point) {
    return point.valid() ? null : which + ": " + point.invalidReason();
  }

  private static String input(Formats fmt, boolean rate, double value) {
    return rate ? fmt.percent(value) : fmt.amount(value);
  }
}
