package com.valorivx.engine.market;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.common.ModelNotSolvableException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.stat.correlation.Covariance;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.hipparchus.stat.descriptive.moment.Mean;
import org.hipparchus.stat.descriptive.moment.StandardDeviation;

/**
 * Estimates the optimiser's inputs from a price history. The prices inside the window
 * [{@code from}, {@code to}] (inclusive; open ends take the whole history) are sampled at the
 * frequency (weekly and monthly keep each period's last observation), turned into simple or log
 * returns, and summarised with Hipparchus: mean, bias-corrected standard deviation, sample
 * covariance (divisor T − 1) and Pearson correlation. Annualised by P periods a year: μ·P, σ·√P,
 * Σ·P (the usual i.i.d. scaling; correlations do not scale).
 */
public final class ReturnEstimator {

  /** Version stored with every estimate, raised when the figures could change. */
  public static final String VERSION = "market-estimate-1.0";

  /** Fewest returns accepted, whatever the number of assets. */
  public static final int MIN_RETURNS = 3;

  public static final ReturnEstimator DEFAULT = new ReturnEstimator();

  /**
   * @param symbols the columns to use, in this order; null or empty uses every column
   * @param from first date of the window, or null
   * @param to last date of the window, or null
   */
  public MarketEstimate estimate(PriceHistory history, List<String> symbols, LocalDate from, LocalDate to,
      Frequency frequency, ReturnType returns) {
    Checks checks = Checks.start();
    checks.require(frequency != null, "frequency", "is required");
    checks.require(returns != null, "returns", "is required");
    checks.require(from == null || to == null || !from.isAfter(to), "to", "must not be before from");
    List<String> chosen = symbols == null || symbols.isEmpty() ? history.symbols() : symbols;
    int[] columns = new int[chosen.size()];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < chosen.size(); i++) {
      String s = chosen.get(i);
      columns[i] = s == null ? -1 : history.column(s);
      checks.requireAt(columns[i] >= 0, "symbols", i, "is not in the data set (it has " + history.symbols() + ")");
      checks.requireAt(s == null || seen.add(s), "symbols", i, "repeats another symbol");
    }
    checks.throwIfAny();

    List<Integer> rows = sampledRows(history.dates(), from, to, frequency);
    int t = rows.size() - 1;
    int needed = Math.max(MIN_RETURNS, columns.length + 1);
    if (t < needed) {
      checks.reject(from != null ? "from" : to != null ? "to" : "frequency", "the window holds " + Math.max(t, 0)
          + " " + frequency + " returns; at least " + needed + " are needed for " + columns.length
          + " assets (widen the window or sample more often)");
      checks.throwIfAny();
    }
    double[][] data = new double[t][columns.length];
    for (int k = 1; k <= t; k++) {
      double[] now = history.values()[rows.get(k)];
      double[] before = history.values()[rows.get(k - 1)];
      for (int j = 0; j < columns.length; j++) {
        double p0 = before[columns[j]];
        double p1 = now[columns[j]];
        if (!(p0 > 0) || !(p1 > 0)) {
          throw new ModelNotSolvableException("symbols", "returns need positive prices; " + chosen.get(j)
              + " is not positive on " + history.dates().get(p0 > 0 ? rows.get(k) : rows.get(k - 1)));
        }
        data[k - 1][j] = returns == ReturnType.LOG ? Math.log(p1 / p0) : p1 / p0 - 1;
      }
    }
    int p = frequency.periodsPerYear();
    int n = columns.length;
    List<Double> mean = new ArrayList<>(n);
    List<Double> vol = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      double[] column = new double[t];
      for (int k = 0; k < t; k++) {
        column[k] = data[k][j];
      }
      double sd = new StandardDeviation(true).evaluate(column);
      if (!(sd > 0)) {
        throw new ModelNotSolvableException("symbols", chosen.get(j) + " does not move in the window, so it has no "
            + "correlation with the other assets; leave it out or widen the window");
      }
      mean.add(new Mean().evaluate(column) * p);
      vol.add(sd * Math.sqrt(p));
    }
    // Hipparchus's matrix statistics need two columns; one asset is its own variance
    RealMatrix cov = n > 1 ? new Covariance(data, true).getCovarianceMatrix()
        : MatrixUtils.createRealMatrix(new double[][] {{Math.pow(vol.get(0), 2) / p}});
    RealMatrix corr = n > 1 ? new PearsonsCorrelation(data).getCorrelationMatrix()
        : MatrixUtils.createRealIdentityMatrix(1);
    List<List<Double>> covariance = new ArrayList<>(n);
    List<List<Double>> correlations = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Double> covRow = new ArrayList<>(n);
      List<Double> corrRow = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        covRow.add(cov.getEntry(i, j) * p);
        // exact symmetry and unit diagonal: the optimiser checks both
        corrRow.add(i == j ? 1.0 : i < j ? corr.getEntry(i, j) : corr.getEntry(j, i));
      }
      covariance.add(List.copyOf(covRow));
      correlations.add(List.copyOf(corrRow));
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        covariance.set(i, replace(covariance.get(i), j, covariance.get(j).get(i)));
      }
    }
    return new MarketEstimate(List.copyOf(chosen), List.copyOf(mean), List.copyOf(vol), List.copyOf(correlations),
        List.copyOf(covariance), t, p, frequency, returns, history.dates().get(rows.get(0)),
        history.dates().get(rows.get(t)), VERSION);
  }

  /** Rows inside the window; for WEEKLY and MONTHLY only the last row of each period. */
  static List<Integer> sampledRows(List<LocalDate> dates, LocalDate from, LocalDate to, Frequency frequency) {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < dates.size(); r++) {
      LocalDate d = dates.get(r);
      if ((from != null && d.isBefore(from)) || (to != null && d.isAfter(to))) {
        continue;
      }
      if (!rows.isEmpty() && samePeriod(dates.get(rows.get(rows.size() - 1)), d, frequency)) {
        rows.set(rows.size() - 1, r);
      } else {
        rows.add(r);
      }
    }
    return rows;
  }

  private static boolean samePeriod(LocalDate a, LocalDate b, Frequency frequency) {
    return switch (frequency) {
      case DAILY -> false;
      case WEEKLY -> a.get(IsoFields.WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_BASED_YEAR)
          && a.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      case MONTHLY -> a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
    };
  }

  private static List<Double> replace(List<Double> row, int index, double value) {
    List<Double> copy = new ArrayList<>(row);
    copy.set(index, value);
    return List.copyOf(copy);
  }
}
