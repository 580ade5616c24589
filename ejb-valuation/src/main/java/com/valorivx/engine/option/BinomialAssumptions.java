package com.valorivx.engine.option;

import com.valorivx.engine.common.Checks;

/**
 * A recombining binomial tree for {@code option}: {@code steps} equal steps of Δt = T/steps.
 * Without explicit factors the tree is Cox-Ross-Rubinstein, u = e^(σ√Δt), d = 1/u. With explicit
 * {@code up} and {@code down} (both or neither) the tree ignores σ, and the factors must leave no
 * arbitrage: up &gt; e^((r−q)Δt) &gt; down &gt; 0, so that the risk-neutral up probability
 * p = (e^((r−q)Δt) − d)/(u − d) lies strictly between 0 and 1. A CRR tree needs the same, which
 * fails only when σ√Δt is below |r − q|Δt (too few steps for a low volatility).
 *
 * @param steps number of time steps, 1..{@value #MAX_STEPS}
 * @param up explicit up factor per step, or null for CRR
 * @param down explicit down factor per step, or null for CRR
 */
public record BinomialAssumptions(OptionAssumptions option, int steps, Double up, Double down) {

  /** Most steps a tree may have: the tree takes O(steps²) time. */
  public static final int MAX_STEPS = 10_000;

  public BinomialAssumptions {
    Checks checks = Checks.start()
        .require(option != null, "option", "is required")
        .require(steps >= 1 && steps <= MAX_STEPS, "steps", () -> "must be between 1 and " + MAX_STEPS + ", was " + steps)
        .require((up == null) == (down == null), up == null ? "up" : "down", "give both up and down, or neither for Cox-Ross-Rubinstein");
    if (up != null && down != null) {
      checks.require(Double.isFinite(up) && up > 0, "up", () -> "must be a positive number, was " + up)
          .require(Double.isFinite(down) && down > 0, "down", () -> "must be a positive number, was " + down);
      if (!checks.hasErrors() && option != null && steps >= 1) {
        double growth = Math.exp((option.riskFreeRate() - option.dividendYield()) * option.maturityYears() / steps);
        checks.require(up > growth, "up", () -> "must exceed the risk-neutral growth per step e^((r-q)dt) = " + growth
                + " (up " + up + "), or the tree allows arbitrage")
            .require(down < growth, "down", () -> "must be below the risk-neutral growth per step e^((r-q)dt) = " + growth
                + " (down " + down + "), or the tree allows arbitrage");
      }
    }
    if (up == null && down == null && !checks.hasErrors() && option != null) {
      double dt = option.maturityYears() / steps;
      double growth = Math.exp((option.riskFreeRate() - option.dividendYield()) * dt);
      double crrUp = Math.exp(option.volatility() * Math.sqrt(dt));
      checks.require(crrUp > growth && 1 / crrUp < growth, "steps", () -> "are too few for this volatility: "
          + "a Cox-Ross-Rubinstein step e^(σ√dt) = " + crrUp + " must exceed the risk-neutral growth "
          + "e^(|r-q|dt), or the up probability leaves (0, 1); give more steps");
    }
    checks.throwIfAny();
  }

  /** A Cox-Ross-Rubinstein tree. */
  public static BinomialAssumptions coxRossRubinstein(OptionAssumptions option, int steps) {
    return new BinomialAssumptions(option, steps, null, null);
  }

  boolean explicitFactors() {
    return up != null;
  }
}
