package com.valorivx.engine.risk;

import com.valorivx.engine.common.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;

/**
 * Inputs of a risk run. {@code positions} and {@code correlations} are required by PARAMETRIC and
 * MONTE_CARLO, {@code losses} (one-day losses, one per scenario, positive = loss; scaled to the horizon by √horizonDays) by
 * HISTORICAL; {@code scenarios} and {@code seed} apply to MONTE_CARLO; {@code stress} needs positions.
 * The constructor rejects every bad field at once with its JSON path.
 */
public record RiskAssumptions(RiskMethod method, double confidence, int horizonDays, List<RiskPosition> positions,
    double[][] correlations, double[] losses, int scenarios, long seed, List<StressScenario> stress) {

  /** Largest number of Monte Carlo scenarios accepted in one run. */
  public static final int MAX_SCENARIOS = 5_000_000;
  /** Largest number of positions. */
  public static final int MAX_POSITIONS = 500;
  /** Tolerance on symmetry and the unit diagonal of the correlation matrix. */
  public static final double CORRELATION_TOLERANCE = 1e-9;
  /** Smallest eigenvalue accepted as zero when checking the correlation matrix is positive semidefinite. */
  public static final double PSD_TOLERANCE = 1e-10;

  public RiskAssumptions {
    positions = positions == null ? List.of() : List.copyOf(positions);
    stress = stress == null ? List.of() : List.copyOf(stress);
    Checks checks = Checks.start();
    checks.require(method != null, "method", "is required");
    checks.require(confidence > 0 && confidence < 1, "confidence", "must lie strictly between 0 and 1, was " + confidence);
    checks.require(horizonDays >= 1, "horizonDays", "must be at least 1, was " + horizonDays);
    checks.require(positions.size() <= MAX_POSITIONS, "positions", "has more than " + MAX_POSITIONS + " entries");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < positions.size(); i++) {
      RiskPosition p = positions.get(i);
      checks.requireAt(p.name() != null && !p.name().isBlank(), "positions", i, "needs a name");
      if (p.name() != null && !names.add(p.name())) {
        checks.reject("positions[" + i + "].name", "repeats the name " + p.name() + "; names must be unique");
      }
      checks.require(Double.isFinite(p.value()), "positions[" + i + "].value", "must be a finite number");
      checks.require(Double.isFinite(p.dailyVolatility()) && p.dailyVolatility() >= 0,
          "positions[" + i + "].dailyVolatility", "must be a finite number ≥ 0");
    }
    boolean needsPositions = method == RiskMethod.PARAMETRIC || method == RiskMethod.MONTE_CARLO;
    if (needsPositions) {
      checks.require(!positions.isEmpty(), "positions", "needs at least one position for " + method);
      checkCorrelations(checks, correlations, positions.size());
      checks.require(losses == null, "losses", "applies to HISTORICAL only");
    }
    if (method == RiskMethod.HISTORICAL) {
      checks.require(losses != null && losses.length > 0, "losses", "needs at least one scenario loss for HISTORICAL");
      if (losses != null) {
        for (int i = 0; i < losses.length; i++) {
          checks.requireAt(Double.isFinite(losses[i]), "losses", i, "must be a finite number");
        }
        if (losses.length > 0 && confidence > 0 && confidence < 1) {
          checks.require(ValueAtRiskEngine.tailCount(losses.length, confidence) <= losses.length, "confidence",
              "leaves no scenario in the tail");
        }
      }
      if (correlations != null) {
        checkCorrelations(checks, correlations, positions.size());
      }
    }
    if (method == RiskMethod.MONTE_CARLO) {
      checks.require(scenarios >= 100 && scenarios <= MAX_SCENARIOS, "scenarios",
          "must lie between 100 and " + MAX_SCENARIOS + ", was " + scenarios);
    } else if (method != null) {
      checks.require(scenarios == 0, "scenarios", "applies to MONTE_CARLO only");
    }
    for (int j = 0; j < stress.size(); j++) {
      StressScenario s = stress.get(j);
      checks.require(s.name() != null && !s.name().isBlank(), "stress[" + j + "].name", "is required");
      checks.require(!positions.isEmpty(), "stress[" + j + "]", "needs positions to shock");
      for (Map.Entry<String, Double> shock : s.shocks().entrySet()) {
        String path = "stress[" + j + "].shocks." + shock.getKey();
        checks.require(names.contains(shock.getKey()) || positions.isEmpty(), path, "names no position");
        checks.require(shock.getValue() != null && Double.isFinite(shock.getValue()) && shock.getValue() >= -1,
            path, "must be a finite relative change ≥ -1");
      }
    }
    checks.throwIfAny();
  }

  private static void checkCorrelations(Checks checks, double[][] rho, int n) {
    if (rho == null) {
      checks.reject("correlations", "is required: an n×n matrix for the " + n + " positions");
      return;
    }
    if (rho.length != n) {
      checks.reject("correlations", "has " + rho.length + " rows for " + n + " positions");
      return;
    }
    boolean ok = true;
    for (int i = 0; i < n; i++) {
      if (rho[i] == null || rho[i].length != n) {
        checks.reject("correlations[" + i + "]", "must have " + n + " entries");
        ok = false;
        continue;
      }
      for (int j = 0; j < n; j++) {
        if (!Double.isFinite(rho[i][j]) || Math.abs(rho[i][j]) > 1 + CORRELATION_TOLERANCE) {
          checks.reject("correlations[" + i + "][" + j + "]", "must be a finite number in [-1, 1]");
          ok = false;
        }
      }
    }
    if (!ok) {
      return;
    }
    for (int i = 0; i < n; i++) {
      if (Math.abs(rho[i][i] - 1) > CORRELATION_TOLERANCE) {
        checks.reject("correlations[" + i + "][" + i + "]", "must be 1 (the diagonal of a correlation matrix)");
        ok = false;
      }
      for (int j = i + 1; j < n; j++) {
        if (Math.abs(rho[i][j] - rho[j][i]) > CORRELATION_TOLERANCE) {
          checks.reject("correlations", "is not symmetric: [" + i + "][" + j + "] ≠ [" + j + "][" + i + "]");
          ok = false;
        }
      }
    }
    if (!ok) {
      return;
    }
    double[] eigen = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(rho)).getEigenvalues();
    double smallest = java.util.Arrays.stream(eigen).min().orElse(0);
    checks.require(smallest >= -PSD_TOLERANCE, "correlations",
        () -> "is not positive semidefinite (smallest eigenvalue " + smallest + ")");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RiskAssumptions a && a.method == method && a.confidence == confidence
        && a.horizonDays == horizonDays && a.positions.equals(positions)
        && java.util.Arrays.deepEquals(a.correlations, correlations) && java.util.Arrays.equals(a.losses, losses)
        && a.scenarios == scenarios && a.seed == seed && a.stress.equals(stress);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(method, confidence, horizonDays, positions, java.util.Arrays.deepHashCode(correlations),
        java.util.Arrays.hashCode(losses), scenarios, seed, stress);
  }

  @Override
  public String toString() {
    return "RiskAssumptions[" + method + ", confidence=" + confidence + ", horizonDays=" + horizonDays + ", positions="
        + positions.size() + "]";
  }
}
