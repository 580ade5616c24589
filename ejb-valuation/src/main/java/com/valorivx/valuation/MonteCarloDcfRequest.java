package com.valorivx.valuation;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.montecarlo.Distribution;
import com.valorivx.engine.montecarlo.MonteCarloDcfAssumptions;

/**
 * A Monte Carlo DCF as callers write it (API.md "Monte Carlo DCF"): a {@code base} DCF request with a
 * projection and a GORDON terminal, {@code distributions} of some of revenueGrowth, ebitMargin,
 * discountRate and terminalGrowth, {@code correlationGrowthMargin} (default 0), {@code paths},
 * {@code seed} (required: the same request gives the same answer), an optional {@code price} and
 * {@code histogramBins} (default 40). It is the document stored as the job's request and the run's
 * inputs.
 */
public record MonteCarloDcfRequest(String name, String ticker, DcfRequest base, Distributions distributions,
    Double correlationGrowthMargin, Integer paths, Long seed, Double price, Integer histogramBins) {

  /** Longest run name kept. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The uncertain inputs; an absent one keeps the base's value. */
  public record Distributions(DistributionRequest revenueGrowth, DistributionRequest ebitMargin,
      DistributionRequest discountRate, DistributionRequest terminalGrowth) {
  }

  /**
   * {@code type} NORMAL or LOGNORMAL with {@code mean} and {@code stdDev} (of the variable itself, for
   * LOGNORMAL too), TRIANGULAR with {@code min}, {@code mode}, {@code max}, UNIFORM with {@code min},
   * {@code max}.
   */
  public record DistributionRequest(String type, Double mean, Double stdDev, Double min, Double mode, Double max) {
  }

  /** Checks every field and builds the engine's assumptions; all errors come back together. */
  public MonteCarloDcfAssumptions toAssumptions() {
    Checks checks = Checks.start();
    checks.require(name == null || name.length() <= MAX_NAME_LENGTH, "name",
        "is longer than " + MAX_NAME_LENGTH + " characters");
    checks.require(ticker == null || ticker.matches("[A-Za-z0-9.\\-:]{1,20}"), "ticker",
        "must be 1 to 20 letters, digits, '.', '-' or ':'");
    DcfAssumptions dcf = base(checks);
    Distributions d = distributions == null ? new Distributions(null, null, null, null) : distributions;
    Distribution growth = distribution(checks, d.revenueGrowth(), "distributions.revenueGrowth");
    Distribution margin = distribution(checks, d.ebitMargin(), "distributions.ebitMargin");
    Distribution rate = distribution(checks, d.discountRate(), "distributions.discountRate");
    Distribution terminal = distribution(checks, d.terminalGrowth(), "distributions.terminalGrowth");
    checks.require(paths != null, "paths", "is required");
    checks.require(seed != null, "seed", "is required: the same seed gives the same answer");
    checks.throwIfAny();
    return checks.attemptOrThrow(() -> new MonteCarloDcfAssumptions(dcf,
        new MonteCarloDcfAssumptions.Distributions(growth, margin, rate, terminal),
        correlationGrowthMargin == null ? 0 : correlationGrowthMargin, paths, seed, price,
        histogramBins == null ? MonteCarloDcfAssumptions.DEFAULT_BINS : histogramBins));
  }

  private DcfAssumptions base(Checks checks) {
    if (base == null) {
      checks.reject("base", "is required: a DCF request with a projection and a GORDON terminal");
      return null;
    }
    try {
      return base.toAssumptions();
    } catch (InvalidAssumptionsException e) {
      for (FieldError error : e.errors()) {
        checks.reject("base." + error.field(), error.message());
      }
      return null;
    }
  }

  private static Distribution distribution(Checks checks, DistributionRequest d, String field) {
    if (d == null) {
      return null;
    }
    if (d.type() == null) {
      checks.reject(field + ".type", "is required: NORMAL, LOGNORMAL, TRIANGULAR or UNIFORM");
      return null;
    }
    switch (d.type()) {
      case "NORMAL":
      case "LOGNORMAL":
        if (!(checks.finite(d.mean(), field + ".mean") & checks.finite(d.stdDev(), field + ".stdDev"))) {
          return null;
        }
        return d.type().equals("NORMAL") ? new Distribution.Normal(d.mean(), d.stdDev())
            : new Distribution.LogNormal(d.mean(), d.stdDev());
      case "TRIANGULAR":
        if (!(checks.finite(d.min(), field + ".min") & checks.finite(d.mode(), field + ".mode")
            & checks.finite(d.max(), field + ".max"))) {
          return null;
        }
        return new Distribution.Triangular(d.min(), d.mode(), d.max());
      case "UNIFORM":
        if (!(checks.finite(d.min(), field + ".min") & checks.finite(d.max(), field + ".max"))) {
          return null;
        }
        return new Distribution.Uniform(d.min(), d.max());
      default:
        checks.reject(field + ".type", "must be NORMAL, LOGNORMAL, TRIANGULAR or UNIFORM, was " + d.type());
        return null;
    }
  }
}
