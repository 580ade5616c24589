package com.valorivx.engine.montecarlo;

import com.valorivx.engine.common.ModelNotSolvableException;
import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import com.valorivx.engine.montecarlo.MonteCarloDcfAssumptions.Distributions;
import com.valorivx.engine.montecarlo.MonteCarloDcfResult.HistogramBin;
import com.valorivx.engine.montecarlo.MonteCarloDcfResult.InvalidPaths;
import com.valorivx.engine.montecarlo.MonteCarloDcfResult.Percentiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Monte Carlo over a revenue-projection DCF (the maths of {@link com.valorivx.engine.dcf.DcfEngine}
 * on every path):
 *
 * <pre>
 * Revenue_t = Revenue_{t−1}·(1 + g_t),  EBIT_t = m_t·Revenue_t,
 * FCFF_t = EBIT_t·(1 − tax) − (Revenue_t − Revenue_{t−1})/salesToCapital,
 * EV = Σ FCFF_t·DF_t + FCFF_N·(1 + g_T)/(r − g_T)·(1 + r)^−N,   DF_t = (1 + r)^−t (or ^−(t − ½) mid-year),
 * value per share = (EV − net debt − minority interest + non-operating assets)/shares.
 * </pre>
 *
 * Revenue growth g and EBIT margin m are driven by standard normals Z_g and
 * Z_m = ρ·Z_g + √(1 − ρ²)·Z', a Gaussian copula with correlation ρ; discount rate r and terminal
 * growth g_T are drawn independently. A path where r ≤ g_T (no Gordon value) or whose draws leave
 * the model's domain is counted as invalid and left out of the statistics, never clamped.
 *
 * <p>Paths are simulated in blocks of {@value #BLOCK_SIZE}; block b draws from its own
 * {@link SplittableRandom} seeded from (seed, b), and writes its values to its own slice of one
 * array, so the result is the same whatever the number of threads. Stateless and thread-safe.
 */
public final class MonteCarloDcfEngine {

  /** Stored beside every run so it can be reproduced with the same maths. */
  public static final String VERSION = "monte-carlo-dcf-1.0";

  public static final MonteCarloDcfEngine DEFAULT = new MonteCarloDcfEngine();

  /** Paths per block: each block has its own random stream. Changing it changes the results. */
  public static final int BLOCK_SIZE = 8192;

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private static final int REASONS = 5;

  private static final double HISTOGRAM_LOW = 0.01;

  private static final double HISTOGRAM_HIGH = 0.99;

  /** Simulates on the calling thread only. */
  public MonteCarloDcfResult simulate(MonteCarloDcfAssumptions a) {
    return simulate(a, Runnable::run, 0, MonteCarloMonitor.NONE);
  }

  /**
   * Simulates on the calling thread and up to {@code helperCount} tasks handed to {@code helpers}.
   * The calling thread works too, so the simulation completes even if the helpers never start.
   *
   * @throws MonteCarloCancelledException when the monitor cancels
   * @throws ModelNotSolvableException when fewer than two paths have a value
   */
  public MonteCarloDcfResult simulate(MonteCarloDcfAssumptions a, Executor helpers, int helperCount,
      MonteCarloMonitor monitor) {
    Plan plan = new Plan(a);
    int blocks = (a.paths() + BLOCK_SIZE - 1) / BLOCK_SIZE;
    double[] values = new double[a.paths()];
    long[] invalid = new long[blocks * REASONS];
    AtomicInteger nextBlock = new AtomicInteger();
    AtomicLong pathsDone = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch finished = new CountDownLatch(blocks);
    Runnable worker = () -> {
      try {
        int block;
        while (!stop.get() && !monitor.cancelled() && (block = nextBlock.getAndIncrement()) < blocks) {
          pathsDone.addAndGet(plan.run(block, values, invalid));
          finished.countDown();
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
        stop.set(true);
      }
    };
    for (int i = 0; i < Math.min(helperCount, blocks - 1); i++) {
      try {
        helpers.execute(worker);
      } catch (RejectedExecutionException busy) {
        break; // the calling thread does the work alone
      }
    }
    int block;
    while (!stop.get() && !monitor.cancelled() && (block = nextBlock.getAndIncrement()) < blocks) {
      pathsDone.addAndGet(plan.run(block, values, invalid));
      finished.countDown();
      monitor.progress(pathsDone.get(), a.paths());
    }
    awaitHelpers(finished, failure, stop, monitor, pathsDone, a.paths());
    monitor.progress(a.paths(), a.paths());
    return statistics(a, values, invalid);
  }

  private static void awaitHelpers(CountDownLatch finished, AtomicReference<Throwable> failure,
      AtomicBoolean stop, MonteCarloMonitor monitor, AtomicLong pathsDone, long paths) {
    try {
      while (!finished.await(25, TimeUnit.MILLISECONDS)) {
        if (failure.get() != null) {
          break;
        }
        if (monitor.cancelled()) {
          stop.set(true);
          throw new MonteCarloCancelledException(pathsDone.get(), paths);
        }
        monitor.progress(pathsDone.get(), paths);
      }
    } catch (InterruptedException e) {
      stop.set(true);
      Thread.currentThread().interrupt();
      throw new MonteCarloCancelledException(pathsDone.get(), paths);
    }
    Throwable failed = failure.get();
    if (failed instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failed instanceof Error error) {
      throw error;
    }
    if (finished.getCount() > 0) {
      throw new MonteCarloCancelledException(pathsDone.get(), paths);
    }
  }

  private static MonteCarloDcfResult statistics(MonteCarloDcfAssumptions a, double[] values, long[] invalid) {
    long[] reasons = new long[REASONS];
    for (int i = 0; i < invalid.length; i++) {
      reasons[i % REASONS] += invalid[i];
    }
    long invalidPaths = Arrays.stream(reasons).sum();
    int n = (int) (a.paths() - invalidPaths);
    InvalidPaths why = new InvalidPaths(reasons[0], reasons[1], reasons[2], reasons[3], reasons[4]);
    if (n < 2) {
      throw new ModelNotSolvableException("distributions", "only " + n + " of " + a.paths()
          + " paths have a DCF value; the others were invalid: " + why);
    }
    // Valid values (invalid paths hold NaN) to the front, in path order: every sum below runs in
    // path order, so the result does not depend on which thread simulated which block.
    int kept = 0;
    double sum = 0;
    for (double v : values) {
      if (v == v) {
        values[kept++] = v;
        sum += v;
      }
    }
    double mean = sum / n;
    double squares = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    long abovePrice = 0;
    double price = a.price() == null ? Double.NaN : a.price();
    for (int i = 0; i < n; i++) {
      double v = values[i];
      double d = v - mean;
      squares += d * d;
      min = Math.min(min, v);
      max = Math.max(max, v);
      if (v > price) {
        abovePrice++;
      }
    }
    double stdDev = Math.sqrt(squares / (n - 1));
    double[] levels = {HISTOGRAM_LOW, 0.05, 0.25, 0.50, 0.75, 0.95, HISTOGRAM_HIGH};
    double[] q = quantiles(values, n, levels);
    Percentiles percentiles = new Percentiles(q[1], q[2], q[3], q[4], q[5]);
    double low = q[0];
    double high = q[6];
    long[] counts = new long[a.histogramBins()];
    long below = 0;
    long above = 0;
    double width = (high - low) / counts.length;
    for (int i = 0; i < n; i++) {
      double v = values[i];
      if (v < low) {
        below++;
      } else if (v > high) {
        above++;
      } else {
        counts[width > 0 ? Math.min(counts.length - 1, (int) ((v - low) / width)) : 0]++;
      }
    }
    List<HistogramBin> histogram = histogram(counts, low, high, width);
    Double probability = a.price() == null ? null : (double) abovePrice / n;
    return new MonteCarloDcfResult(a.paths(), n, invalidPaths, why, mean, percentiles.p50(), stdDev,
        stdDev / Math.sqrt(n), min, max, percentiles, histogram, below, above, a.price(), probability, a.seed());
  }

  private static List<HistogramBin> histogram(long[] counts, double low, double high, double width) {
    if (!(width > 0)) {
      return List.of(new HistogramBin(low, high, counts[0]));
    }
    List<HistogramBin> out = new ArrayList<>(counts.length);
    for (int b = 0; b < counts.length; b++) {
      out.add(new HistogramBin(low + b * width, b == counts.length - 1 ? high : low + (b + 1) * width, counts[b]));
    }
    return out;
  }

  /**
   * The R-7 quantiles of the first n values at the given levels, by selecting only the order
   * statistics they need (a multi-quickselect, O(n) per level) instead of sorting every path.
   */
  static double[] quantiles(double[] values, int n, double[] levels) {
    int[] ranks = new int[levels.length * 2];
    for (int i = 0; i < levels.length; i++) {
      int lower = (int) Math.floor((n - 1) * levels[i]);
      ranks[2 * i] = lower;
      ranks[2 * i + 1] = Math.min(lower + 1, n - 1);
    }
    int[] sorted = Arrays.stream(ranks).distinct().sorted().toArray();
    select(values, 0, n - 1, sorted, 0, sorted.length - 1);
    double[] out = new double[levels.length];
    for (int i = 0; i < levels.length; i++) {
      out[i] = percentile(values, n, levels[i]);
    }
    return out;
  }

  /** h = (n − 1)·p, linear between the order statistics around h (which must be in place). */
  static double percentile(double[] ordered, int n, double p) {
    double h = (n - 1) * p;
    int lower = (int) Math.floor(h);
    int upper = Math.min(lower + 1, n - 1);
    return ordered[lower] + (h - lower) * (ordered[upper] - ordered[lower]);
  }

  /** Puts the order statistics at ranks[rFrom..rTo] (ascending, within [lo, hi]) in place. */
  private static void select(double[] a, int lo, int hi, int[] ranks, int rFrom, int rTo) {
    while (rFrom <= rTo && lo < hi) {
      if (hi - lo < 24) {
        insertionSort(a, lo, hi);
        return;
      }
      int mid = (lo + hi) >>> 1;
      double pivot = medianOf3(a[lo], a[mid], a[hi]);
      // Three-way partition: [lo, lt) < pivot, [lt, gt] = pivot, (gt, hi] > pivot (many equal values stay fast).
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i <= gt) {
        double v = a[i];
        if (v < pivot) {
          a[i++] = a[lt];
          a[lt++] = v;
        } else if (v > pivot) {
          a[i] = a[gt];
          a[gt--] = v;
        } else {
          i++;
        }
      }
      int leftEnd = rFrom;
      while (leftEnd <= rTo && ranks[leftEnd] < lt) {
        leftEnd++;
      }
      int rightStart = leftEnd;
      while (rightStart <= rTo && ranks[rightStart] <= gt) {
        rightStart++;
      }
      if (leftEnd - rFrom < rTo - rightStart + 1) {
        select(a, lo, lt - 1, ranks, rFrom, leftEnd - 1);
        lo = gt + 1;
        rFrom = rightStart;
      } else {
        select(a, gt + 1, hi, ranks, rightStart, rTo);
        hi = lt - 1;
        rTo = leftEnd - 1;
      }
    }
  }

  private static void insertionSort(double[] a, int lo, int hi) {
    for (int i = lo + 1; i <= hi; i++) {
      double v = a[i];
      int j = i - 1;
      while (j >= lo && a[j] > v) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }

  private static double medianOf3(double x, double y, double z) {
    return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
  }

  /** The seed of block b's stream: two rounds of a 64-bit finaliser, so neighbouring blocks share nothing. */
  static long blockSeed(long seed, int block) {
    return mix64(mix64(seed) + (block + 1L) * GOLDEN_GAMMA);
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Everything a block needs, precomputed once per simulation. */
  static final class Plan {
    private final int paths;
    private final long seed;
    private final int years;
    private final double baseRevenue;
    private final double oneMinusTax;
    private final double reinvestmentPerRevenue;
    private final double[] baseGrowth;
    private final double[] baseMargin;
    private final double baseRate;
    private final double baseTerminalGrowth;
    private final boolean midYear;
    private final double netDebt;
    private final double minorityInterest;
    private final double nonOperatingAssets;
    private final double shares;
    private final Sampler growth;
    private final Sampler margin;
    private final Sampler rate;
    private final Sampler terminalGrowth;
    private final boolean correlated;
    private final double rho;
    private final double rhoComplement;

    Plan(MonteCarloDcfAssumptions a) {
      DcfAssumptions base = a.base();
      RevenueProjection projection = (RevenueProjection) base.cashFlows();
      Distributions d = a.distributions();
      paths = a.paths();
      seed = a.seed();
      years = projection.years();
      baseRevenue = projection.baseRevenue();
      oneMinusTax = 1 - projection.taxRate();
      reinvestmentPerRevenue = 1 / projection.salesToCapital();
      baseGrowth = projection.revenueGrowth().stream().mapToDouble(Double::doubleValue).toArray();
      baseMargin = projection.ebitMargin().stream().mapToDouble(Double::doubleValue).toArray();
      baseRate = base.discountRate().rate();
      baseTerminalGrowth = ((GordonGrowth) base.terminal()).growth();
      midYear = base.midYear();
      netDebt = base.netDebt();
      minorityInterest = base.minorityInterest();
      nonOperatingAssets = base.nonOperatingAssets();
      shares = base.sharesOutstanding();
      growth = d.revenueGrowth() == null ? null : Sampler.of(d.revenueGrowth());
      margin = d.ebitMargin() == null ? null : Sampler.of(d.ebitMargin());
      rate = d.discountRate() == null ? null : Sampler.of(d.discountRate());
      terminalGrowth = d.terminalGrowth() == null ? null : Sampler.of(d.terminalGrowth());
      rho = a.correlationGrowthMargin();
      correlated = rho != 0 && !growth.isFixed() && !margin.isFixed();
      rhoComplement = Math.sqrt(1 - rho * rho);
    }

    /** Simulates block b into its slice of values (NaN for an invalid path); answers its path count. */
    int run(int block, double[] values, long[] invalid) {
      SplittableRandom random = new SplittableRandom(blockSeed(seed, block));
      int from = block * BLOCK_SIZE;
      int to = Math.min(paths, from + BLOCK_SIZE);
      int reasons = block * REASONS;
      boolean drawGrowth = growth != null;
      boolean drawMargin = margin != null;
      double[] draws = new double[4];
      for (int i = from; i < to; i++) {
        draw(random, draws);
        double g = draws[0];
        double m = draws[1];
        double r = draws[2];
        double gT = draws[3];
        int reason = reason(drawGrowth, g, drawMargin, m, r, gT);
        if (reason >= 0) {
          invalid[reasons + reason]++;
          values[i] = Double.NaN;
          continue;
        }
        double onePlusR = 1 + r;
        double discount = 1 / onePlusR;
        double factor = 1;
        double previous = baseRevenue;
        double sum = 0;
        double fcff = 0;
        for (int t = 0; t < years; t++) {
          double revenue = previous * (1 + (drawGrowth ? g : baseGrowth[t]));
          fcff = (drawMargin ? m : baseMargin[t]) * revenue * oneMinusTax - (revenue - previous) * reinvestmentPerRevenue;
          factor *= discount;
          sum += fcff * factor;
          previous = revenue;
        }
        if (midYear) {
          sum *= Math.sqrt(onePlusR);
        }
        double enterpriseValue = sum + fcff * (1 + gT) / (r - gT) * factor;
        double value = (enterpriseValue - netDebt - minorityInterest + nonOperatingAssets) / shares;
        if (!Double.isFinite(value)) {
          invalid[reasons + 4]++;
          value = Double.NaN;
        }
        values[i] = value;
      }
      return to - from;
    }

    /** One path's inputs into out: growth, margin, discount rate, terminal growth (0 for an undrawn rate). */
    void draw(SplittableRandom random, double[] out) {
      if (correlated) {
        double zg = random.nextGaussian();
        double zm = rho * zg + rhoComplement * random.nextGaussian();
        out[0] = growth.fromNormal(zg);
        out[1] = margin.fromNormal(zm);
      } else {
        out[0] = growth == null ? 0 : growth.draw(random);
        out[1] = margin == null ? 0 : margin.draw(random);
      }
      out[2] = rate == null ? baseRate : rate.draw(random);
      out[3] = terminalGrowth == null ? baseTerminalGrowth : terminalGrowth.draw(random);
    }

    /** The inputs of block b's first n paths, as {growth[], margin[], rate[], terminalGrowth[]} (for tests). */
    double[][] drawInputs(int block, int n) {
      SplittableRandom random = new SplittableRandom(blockSeed(seed, block));
      double[][] out = new double[4][n];
      double[] draws = new double[4];
      for (int i = 0; i < n; i++) {
        draw(random, draws);
        for (int k = 0; k < 4; k++) {
          out[k][i] = draws[k];
        }
      }
      return out;
    }

    private static int reason(boolean drawGrowth, double g, boolean drawMargin, double m, double r, double gT) {
      if (r <= gT) {
        return 0;
      }
      if (r <= -1) {
        return 1;
      }
      if (drawGrowth && g <= -1) {
        return 2;
      }
      if (drawMargin && m > 1) {
        return 3;
      }
      return -1;
    }
  }
}
