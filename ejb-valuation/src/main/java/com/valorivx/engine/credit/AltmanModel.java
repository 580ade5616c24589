package com.valorivx.engine.credit;

import java.util.List;

/**
 * The Z-score variants, their published coefficients and zone cut-offs. Inputs by variant:
 * <ul>
 * <li>ORIGINAL (public manufacturers): Z = 1.2·X1 + 1.4·X2 + 3.3·X3 + 0.6·X4 + 1.0·X5 with X4 the
 *     MARKET value of equity over total liabilities ({@code marketEquityToLiabilities}) and X5 sales
 *     over total assets; safe above 2.99, distress below 1.81.</li>
 * <li>PRIVATE (Z′, private manufacturers): Z′ = 0.717·X1 + 0.847·X2 + 3.107·X3 + 0.420·X4 + 0.998·X5
 *     with X4 the BOOK value of equity over total liabilities ({@code bookEquityToLiabilities});
 *     safe above 2.9, distress below 1.23.</li>
 * <li>NON_MANUFACTURING (Z″, non-manufacturers and emerging markets): Z″ = 6.56·X1 + 3.26·X2 +
 *     6.72·X3 + 1.05·X4 with X4 book equity over total liabilities and NO sales term; safe above
 *     2.6, distress below 1.1.</li>
 * </ul>
 * X1 = working capital / total assets, X2 = retained earnings / total assets, X3 = EBIT / total
 * assets. A score on a cut-off is GREY.
 */
public enum AltmanModel {
  ORIGINAL(new double[] {1.2, 1.4, 3.3, 0.6, 1.0}, 2.99, 1.81, AltmanInputs.MARKET_EQUITY, true),
  PRIVATE(new double[] {0.717, 0.847, 3.107, 0.420, 0.998}, 2.9, 1.23, AltmanInputs.BOOK_EQUITY, true),
  NON_MANUFACTURING(new double[] {6.56, 3.26, 6.72, 1.05}, 2.6, 1.1, AltmanInputs.BOOK_EQUITY, false);

  private final double[] coefficients;
  private final double safeAbove;
  private final double distressBelow;
  private final String equityField;
  private final boolean usesSales;

  AltmanModel(double[] coefficients, double safeAbove, double distressBelow, String equityField, boolean usesSales) {
    this.coefficients = coefficients;
    this.safeAbove = safeAbove;
    this.distressBelow = distressBelow;
    this.equityField = equityField;
    this.usesSales = usesSales;
  }

  /** Coefficients of X1..X4 (and X5 when the variant has a sales term). */
  public List<Double> coefficients() {
    return java.util.Arrays.stream(coefficients).boxed().toList();
  }

  double coefficient(int i) {
    return coefficients[i];
  }

  /** Scores strictly above this are SAFE. */
  public double safeAbove() {
    return safeAbove;
  }

  /** Scores strictly below this are DISTRESS. */
  public double distressBelow() {
    return distressBelow;
  }

  /** The JSON field carrying X4: marketEquityToLiabilities or bookEquityToLiabilities. */
  public String equityField() {
    return equityField;
  }

  /** Whether X5 (sales / total assets) is part of the score. */
  public boolean usesSales() {
    return usesSales;
  }

  /** The zone of a score. */
  public AltmanZone zone(double z) {
    if (z > safeAbove) {
      return AltmanZone.SAFE;
    }
    return z < distressBelow ? AltmanZone.DISTRESS : AltmanZone.GREY;
  }
}
