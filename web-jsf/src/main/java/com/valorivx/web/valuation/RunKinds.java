package com.valorivx.web.valuation;

import com.valorivx.valuation.RunKind;
import com.valorivx.web.faces.Formats;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stored models in one table: for each run kind, the page that reopens its runs
 * ({@code <page>?run=<id>}) and the headline figures the run history reads from its stored result.
 * A new model adds one line.
 */
public final class RunKinds {

  private static final Formats FMT = new Formats();

  /** How a figure reads. */
  enum Style {
    AMOUNT(v -> FMT.amount(v)), PERCENT(v -> FMT.percent(v)),
    MULTIPLE(v -> v == null ? Formats.NOT_AVAILABLE : FMT.amount(v) + "x");

    private final Function<Double, String> format;

    Style(Function<Double, String> format) {
      this.format = format;
    }
  }

  /** A headline figure: its label, where it sits in the result document (dotted path), how it reads. */
  record Figure(String label, String path, Style style) {
  }

  /** One kind's page (null: no page reopens it) and headline figures. */
  record Kind(String page, List<Figure> figures) {
  }

  /** A figure as the history shows it: its label and formatted value ("n/a" when the result lacks it). */
  public record Shown(String label, String text) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private static final Map<RunKind, Kind> KINDS = new EnumMap<>(Map.ofEntries(
      Map.entry(RunKind.DCF, new Kind("/dcf.xhtml",
          List.of(amount("EV", "enterpriseValue"), amount("Per share", "valuePerShare")))),
      Map.entry(RunKind.LBO, new Kind("/lbo.xhtml",
          List.of(new Figure("IRR", "irr", Style.PERCENT), new Figure("MOIC", "moic", Style.MULTIPLE)))),
      Map.entry(RunKind.MNA, new Kind("/mna.xhtml",
          List.of(new Figure("Accretion", "accretionDilution", Style.PERCENT), amount("Pro forma EPS", "proFormaEps")))),
      Map.entry(RunKind.OPTION, new Kind("/options.xhtml", List.of(amount("Price", "price")))),
      Map.entry(RunKind.REAL_OPTION, new Kind("/real-options.xhtml",
          List.of(amount("Expanded NPV", "expandedNpv"), amount("Option value", "optionValue")))),
      Map.entry(RunKind.MONTE_CARLO_DCF, new Kind(null,
          List.of(amount("Mean", "mean"), amount("P5", "percentiles.p5"), amount("P95", "percentiles.p95")))),
      Map.entry(RunKind.FORECAST, new Kind("/forecast.xhtml",
          List.of(amount("Next period", "nextValue"), new Figure("Backtest MAPE", "recommendedMape", Style.PERCENT)))),
      Map.entry(RunKind.PORTFOLIO, new Kind("/portfolio.xhtml",
          List.of(new Figure("Return", "expectedReturn", Style.PERCENT),
              new Figure("Volatility", "volatility", Style.PERCENT)))),
      Map.entry(RunKind.VAR, new Kind("/risk.xhtml",
          List.of(amount("VaR", "valueAtRisk"), amount("ES", "expectedShortfall")))),
      Map.entry(RunKind.CREDIT, new Kind("/credit.xhtml",
          List.of(new Figure("PD", "probabilityOfDefault", Style.PERCENT), amount("Z-score", "zScore"))))));

  private RunKinds() {
  }

  private static Figure amount(String label, String path) {
    return new Figure(label, path, Style.AMOUNT);
  }

  /** The page that reopens runs of {@code kind}, if one does. */
  public static Optional<String> page(RunKind kind) {
    return Optional.ofNullable(KINDS.get(kind)).map(Kind::page);
  }

  /** The headline figures of a run of {@code kind} read from its stored result. */
  public static List<Shown> headline(RunKind kind, String resultJson) {
    Kind known = KINDS.get(kind);
    if (known == null) {
      return List.of();
    }
    return known.figures().stream()
        .map(f -> new Shown(f.label(), f.style().format.apply(RunDocuments.number(resultJson, f.path()).orElse(null))))
        .toList();
  }
}
