package com.valorivx.engine.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Synthetic sample data, the same for every caller: five made-up tickers whose prices follow a
 * correlated geometric Brownian motion over the business days (Monday to Friday, no holidays) of
 * 2022–2024, and their annual revenue for fiscal years 2015–2024. Everything comes from a fixed
 * seed through {@link Random} (whose sequence the Java platform specifies) and {@link StrictMath},
 * so the series are the same on every machine and never change.
 *
 * <p>Prices: S<sub>t+Δ</sub> = S<sub>t</sub>·exp((μ − σ²/2)Δ + σ√Δ·Z), Δ = 1/252, Z = Lε with L the
 * Cholesky factor of the correlation matrix and ε independent standard normals.
 * Revenue: R<sub>y+1</sub> = R<sub>y</sub>·(1 + g + 0.05ε).
 */
public final class SyntheticMarket {

  /** The seed of the sample data; changing it changes every tenant's sample. */
  public static final long SAMPLE_SEED = 20_240_101L;

  public static final List<String> TICKERS = List.of("SYNA", "SYNB", "SYNC", "SYND", "SYNE");

  /** Annual drift of each ticker (decimal). */
  static final double[] DRIFT = {0.08, 0.11, 0.06, 0.14, 0.04};

  /** Annual volatility of each ticker (decimal). */
  static final double[] VOLATILITY = {0.20, 0.28, 0.15, 0.35, 0.10};

  /** Correlation of the tickers' log returns (positive definite). */
  static final double[][] CORRELATION = {
      {1.0, 0.6, 0.4, 0.5, 0.1},
      {0.6, 1.0, 0.3, 0.6, 0.0},
      {0.4, 0.3, 1.0, 0.2, 0.2},
      {0.5, 0.6, 0.2, 1.0, -0.1},
      {0.1, 0.0, 0.2, -0.1, 1.0}};

  static final double START_PRICE = 100;

  static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 3);

  static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

  /** Revenue of fiscal 2015 (millions) and the mean annual growth of each ticker. */
  static final double[] FIRST_REVENUE = {1200, 3400, 800, 450, 5100};

  static final double[] REVENUE_GROWTH = {0.06, 0.09, 0.03, 0.18, 0.02};

  private SyntheticMarket() {
  }

  /** The sample prices from {@link #SAMPLE_SEED}. */
  public static PriceHistory samplePrices() {
    return prices(SAMPLE_SEED);
  }

  /** The sample annual revenue from {@link #SAMPLE_SEED}. */
  public static PriceHistory sampleRevenue() {
    return revenue(SAMPLE_SEED);
  }

  /** Correlated GBM prices over the business days of 2022–2024 from {@code seed}. */
  public static PriceHistory prices(long seed) {
    Random random = new Random(seed);
    int n = TICKERS.size();
    RealMatrix l = new CholeskyDecomposition(new Array2DRowRealMatrix(CORRELATION)).getL();
    double dt = 1.0 / Frequency.DAILY.periodsPerYear();
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = FIRST_DAY; !d.isAfter(LAST_DAY); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        dates.add(d);
      }
    }
    double[][] values = new double[dates.size()][n];
    Arrays.fill(values[0], START_PRICE);
    double[] eps = new double[n];
    for (int t = 1; t < dates.size(); t++) {
      for (int i = 0; i < n; i++) {
        eps[i] = random.nextGaussian();
      }
      for (int i = 0; i < n; i++) {
        double z = 0;
        for (int k = 0; k <= i; k++) {
          z += l.getEntry(i, k) * eps[k];
        }
        double s = VOLATILITY[i];
        values[t][i] = values[t - 1][i] * StrictMath.exp((DRIFT[i] - s * s / 2) * dt + s * Math.sqrt(dt) * z);
      }
    }
    return new PriceHistory(TICKERS, dates, values);
  }

  /** Annual revenue (millions) for fiscal years 2015–2024, dated 31 December, from {@code seed}. */
  public static PriceHistory revenue(long seed) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    int n = TICKERS.size();
    List<LocalDate> dates = new ArrayList<>();
    for (int year = 2015; year <= 2024; year++) {
      dates.add(LocalDate.of(year, 12, 31));
    }
    double[][] values = new double[dates.size()][n];
    values[0] = FIRST_REVENUE.clone();
    for (int t = 1; t < dates.size(); t++) {
      for (int i = 0; i < n; i++) {
        values[t][i] = values[t - 1][i] * (1 + REVENUE_GROWTH[i] + 0.05 * random.nextGaussian());
      }
    }
    return new PriceHistory(TICKERS, dates, values);
  }
}
