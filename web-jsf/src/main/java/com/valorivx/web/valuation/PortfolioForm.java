package com.valorivx.web.valuation;

import com.valorivx.analytics.PortfolioRequest;
import com.valorivx.engine.common.Checks;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The portfolio page's inputs. Assets are typed one per line as {@code name, expected return %,
 * volatility %}; correlations one matrix row per line. Starts on the two-fund textbook example
 * (bond fund 8 %/12 %, stock fund 13 %/20 %, correlation 0.3, T-bills 5 %).
 */
public class PortfolioForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name = "Two-fund example";
  private String assets = "Bond fund, 8, 12\nStock fund, 13, 20";
  private String correlations = "1, 0.3\n0.3, 1";
  private Double riskFreeRate = 0.05;
  private String objective = "MAX_SHARPE";
  private Double targetReturn;
  private boolean allowShort;
  private Integer points = 20;

  /** The form of a stored request (a covariance matrix is shown as volatilities and correlations). */
  public static PortfolioForm of(PortfolioRequest request) {
    PortfolioForm form = new PortfolioForm();
    int n = request.assets() == null ? 0 : request.assets().size();
    List<Double> vols = request.volatilities();
    List<List<Double>> rho = request.correlations();
    if (vols == null && request.covariance() != null) {
      List<Double> derived = new ArrayList<>();
      List<List<Double>> derivedRho = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        derived.add(Math.sqrt(request.covariance().get(i).get(i)));
      }
      for (int i = 0; i < n; i++) {
        List<Double> row = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          double scale = derived.get(i) * derived.get(j);
          row.add(scale > 0 ? request.covariance().get(i).get(j) / scale : (i == j ? 1.0 : 0.0));
        }
        derivedRho.add(row);
      }
      vols = derived;
      rho = derivedRho;
    }
    StringBuilder assets = new StringBuilder();
    for (int i = 0; i < n; i++) {
      assets.append(request.assets().get(i)).append(", ").append(plain(100 * request.expectedReturns().get(i)))
          .append(", ").append(vols == null ? "" : plain(100 * vols.get(i))).append('\n');
    }
    StringBuilder correlations = new StringBuilder();
    for (List<Double> row : rho == null ? List.<List<Double>>of() : rho) {
      correlations.append(String.join(", ", row.stream().map(PortfolioForm::plain).toList())).append('\n');
    }
    form.name = request.name();
    form.assets = assets.toString().strip();
    form.correlations = correlations.toString().strip();
    form.riskFreeRate = request.riskFreeRate();
    form.objective = request.objective() == null ? form.objective : request.objective();
    form.targetReturn = request.targetReturn();
    form.allowShort = Boolean.TRUE.equals(request.allowShort());
    form.points = request.frontierPoints();
    return form;
  }

  private static String plain(double v) {
    return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
  }

  /** The request the service takes; unreadable lines are rejected naming {@code assets} or {@code correlations}. */
  public PortfolioRequest toRequest() {
    Checks checks = Checks.start();
    List<String> names = new ArrayList<>();
    List<Double> returns = new ArrayList<>();
    List<Double> vols = new ArrayList<>();
    String[] lines = assets == null ? new String[0] : assets.strip().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] parts = lines[i].split(",");
      if (parts.length != 3) {
        checks.reject("assets", "line " + (i + 1) + " needs name, expected return %, volatility %");
        continue;
      }
      try {
        names.add(parts[0].strip());
        returns.add(Double.parseDouble(parts[1].strip()) / 100);
        vols.add(Double.parseDouble(parts[2].strip()) / 100);
      } catch (NumberFormatException e) {
        checks.reject("assets", "line " + (i + 1) + " has a value that is not a number");
      }
    }
    List<List<Double>> rho = new ArrayList<>();
    String[] rows = correlations == null ? new String[0] : correlations.strip().split("\\R");
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].isBlank()) {
        continue;
      }
      List<Double> row = new ArrayList<>();
      try {
        for (String cell : rows[i].split("[,;\\s]+")) {
          if (!cell.isBlank()) {
            row.add(Double.parseDouble(cell.strip()));
          }
        }
      } catch (NumberFormatException e) {
        checks.reject("correlations", "row " + (i + 1) + " has a value that is not a number");
      }
      rho.add(row);
    }
    checks.throwIfAny();
    return new PortfolioRequest(name, names, returns, vols, rho, null, riskFreeRate, objective, targetReturn,
        allowShort, null, null, points);
  }

  /**
   * Replaces the assets and correlations with estimates from market data (decimals in, percent
   * shown), minimum variance as the objective since it needs no risk-free rate.
   */
  public void useEstimates(String runName, List<String> names, List<Double> expectedReturns, List<Double> volatilities,
      List<List<Double>> correlationRows) {
    StringBuilder a = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      a.append(names.get(i)).append(", ").append(String.format(Locale.ROOT, "%.6f", expectedReturns.get(i) * 100))
          .append(", ").append(String.format(Locale.ROOT, "%.6f", volatilities.get(i) * 100)).append('\n');
    }
    StringBuilder c = new StringBuilder();
    for (List<Double> row : correlationRows) {
      c.append(String.join(", ", row.stream().map(v -> String.format(Locale.ROOT, "%.8f", v)).toList())).append('\n');
    }
    name = runName;
    assets = a.toString().strip();
    correlations = c.toString().strip();
    objective = "MIN_VARIANCE";
    targetReturn = null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAssets() {
    return assets;
  }

  public void setAssets(String assets) {
    this.assets = assets;
  }

  public String getCorrelations() {
    return correlations;
  }

  public void setCorrelations(String correlations) {
    this.correlations = correlations;
  }

  public Double getRiskFreeRate() {
    return riskFreeRate;
  }

  public void setRiskFreeRate(Double riskFreeRate) {
    this.riskFreeRate = riskFreeRate;
  }

  public String getObjective() {
    return objective;
  }

  public void setObjective(String objective) {
    this.objective = objective;
  }

  public Double getTargetReturn() {
    return targetReturn;
  }

  public void setTargetReturn(Double targetReturn) {
    this.targetReturn = targetReturn;
  }

  public boolean isAllowShort() {
    return allowShort;
  }

  public void setAllowShort(boolean allowShort) {
    this.allowShort = allowShort;
  }

  public Integer getPoints() {
    return points;
  }

  public void setPoints(Integer points) {
    this.points = points;
  }
}
