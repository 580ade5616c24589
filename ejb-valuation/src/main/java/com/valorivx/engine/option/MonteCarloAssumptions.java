package com.valorivx.engine.option;

import com.valorivx.engine.common.Checks;

/**
 * A Monte Carlo valuation of a European {@code option}: {@code paths} standard normal draws, each
 * giving an antithetic pair of terminal prices, from a {@link java.util.SplittableRandom} seeded
 * with {@code seed} (the same seed gives the same answer).
 *
 * @param paths number of antithetic pairs, 1..{@value #MAX_PATHS}
 * @param seed seed of the random number generator
 */
public record MonteCarloAssumptions(OptionAssumptions option, int paths, long seed) {

  /** Most draws one valuation may take. */
  public static final int MAX_PATHS = 10_000_000;

  public MonteCarloAssumptions {
    Checks.start()
        .require(option != null, "option", "is required")
        .require(option == null || option.style() == ExerciseStyle.EUROPEAN, "style",
            "Monte Carlo values EUROPEAN options only; use BINOMIAL for AMERICAN")
        .require(paths >= 1 && paths <= MAX_PATHS, "paths", () -> "must be between 1 and " + MAX_PATHS + ", was " + paths)
        .throwIfAny();
  }
}
