package com.valorivx.web.valuation;

import com.valorivx.engine.mna.MnaAccretionGrid;
import com.valorivx.engine.realoption.RealOptionVolatilityProfile;
import com.valorivx.web.faces.Formats;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The Chart.js configurations and heat table of the M&amp;A and real-options pages: standalone
 * against pro forma EPS as bars, the accretion grid shaded green (accretive) to red (dilutive), and
 * option value and expanded NPV across volatilities as lines.
 */
public final class DealCharts {

  private static final String STANDALONE_COLOUR = "rgba(100, 116, 139, 0.75)";
  private static final String ACCRETIVE_COLOUR = "rgba(16, 185, 129, 0.75)";
  private static final String DILUTIVE_COLOUR = "rgba(214, 60, 60, 0.75)";
  private static final String OPTION_COLOUR = "rgba(37, 99, 235, 0.9)";
  private static final String NPV_COLOUR = "rgba(16, 185, 129, 0.9)";

  private DealCharts() {
  }

  /** Bars of standalone and pro forma EPS; the pro forma bar is green when accretive, red when dilutive. */
  public static String epsChart(double standaloneEps, double proFormaEps) {
    String proFormaColour = proFormaEps >= standaloneEps ? ACCRETIVE_COLOUR : DILUTIVE_COLOUR;
    return config("bar", "Earnings per share: standalone and pro forma",
        Json.createArrayBuilder().add("Standalone EPS").add("Pro forma EPS"),
        Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("label", "EPS")
            .add("data", Json.createArrayBuilder().add(rounded(standaloneEps)).add(rounded(proFormaEps)))
            .add("backgroundColor", Json.createArrayBuilder().add(STANDALONE_COLOUR).add(proFormaColour))
            .add("borderWidth", 1)), false);
  }

  /** Lines of option value and expanded NPV by volatility. */
  public static String volatilityChart(RealOptionVolatilityProfile profile) {
    Formats fmt = new Formats();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder options = Json.createArrayBuilder();
    JsonArrayBuilder expanded = Json.createArrayBuilder();
    for (int i = 0; i < profile.volatilities().size(); i++) {
      labels.add(fmt.percent(profile.volatilities().get(i)));
      options.add(rounded(profile.optionValues().get(i)));
      expanded.add(rounded(profile.expandedNpvs().get(i)));
    }
    return config("line", "Option value and expanded NPV by volatility", labels, Json.createArrayBuilder()
        .add(line("Option value", options, OPTION_COLOUR))
        .add(line("Expanded NPV", expanded, NPV_COLOUR)), true);
  }

  /** The accretion grid: rows premiums, columns stock shares, cells accretion/dilution in percent. */
  public static HeatTable accretionTable(MnaAccretionGrid grid, double basePrice, double baseStock) {
    Formats fmt = new Formats();
    double spread = 0;
    for (List<Double> row : grid.accretionDilution()) {
      for (double cell : row) {
        spread = Math.max(spread, Math.abs(cell));
      }
    }
    List<String> headers = grid.stockShares().stream().map(fmt::percent).toList();
    List<HeatTable.Row> rows = new ArrayList<>();
    for (int i = 0; i < grid.premiums().size(); i++) {
      boolean baseRow = Math.abs(grid.purchasePrices().get(i) - basePrice) < 1e-9 * Math.max(1, basePrice);
      List<HeatTable.Cell> cells = new ArrayList<>();
      for (int j = 0; j < grid.stockShares().size(); j++) {
        double accretion = grid.accretionDilution().get(i).get(j);
        boolean baseCell = baseRow && Math.abs(grid.stockShares().get(j) - baseStock) < 1e-9;
        cells.add(new HeatTable.Cell(fmt.percent(accretion), HeatTable.shade(accretion, spread), baseCell, false,
            "Pro forma EPS " + fmt.amount(grid.proFormaEps().get(i).get(j))));
      }
      rows.add(new HeatTable.Row(fmt.percent(grid.premiums().get(i)) + " · " + fmt.amount(grid.purchasePrices().get(i)),
          baseRow, cells));
    }
    return new HeatTable("Stock share", headers, rows);
  }

  private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
        .add("backgroundColor", colour).add("fill", false).add("tension", 0.2);
  }

  private static String config(String type, String title, JsonArrayBuilder labels, JsonArrayBuilder datasets,
      boolean legend) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", ChartOptions.titled(title, legend))
        .build().toString();
  }

  /** Four decimals are all a chart can show; they keep the page small. */
  private static double rounded(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
