package com.valorivx.engine.montecarlo;

import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DiscountRateAssumption.Given;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import com.valorivx.engine.montecarlo.MonteCarloDcfAssumptions.Distributions;
import java.util.Collections;
import java.util.List;

/** Shared DCF bases and assumptions for the Monte Carlo tests and benchmark-like cases. */
final class MonteCarloExamples {

  private MonteCarloExamples() {
  }

  /** A ten-year projection: revenue 1,000, growth 6 %, margin 15 %, tax 25 %, sales/capital 2, r 9 %, g 2.5 %. */
  static DcfAssumptions base(double growth, double margin, double rate, double terminalGrowth, boolean midYear) {
    return base(Collections.nCopies(10, growth), Collections.nCopies(10, margin), rate, terminalGrowth, midYear);
  }

  static DcfAssumptions base(List<Double> growth, List<Double> margin, double rate, double terminalGrowth,
      boolean midYear) {
    return new DcfAssumptions(new RevenueProjection(1000, growth.size(), growth, margin, 0.25, 2.0, 0.03),
        new Given(rate), new GordonGrowth(terminalGrowth), midYear, 150, 10, 25, 100);
  }

  static DcfAssumptions base() {
    return base(0.06, 0.15, 0.09, 0.025, false);
  }

  static MonteCarloDcfAssumptions assumptions(Distributions distributions, double rho, int paths, long seed) {
    return new MonteCarloDcfAssumptions(base(), distributions, rho, paths, seed, 10.0,
        MonteCarloDcfAssumptions.DEFAULT_BINS);
  }

  /** The benchmark's case: all four inputs uncertain, growth and margin correlated. */
  static Distributions fullDistributions() {
    return new Distributions(new Distribution.Normal(0.06, 0.02), new Distribution.Triangular(0.10, 0.15, 0.19),
        new Distribution.LogNormal(0.09, 0.01), new Distribution.Uniform(0.015, 0.03));
  }
}
