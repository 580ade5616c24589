package com.valorivx.analytics;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.risk.RiskAssumptions;
import com.valorivx.engine.risk.RiskMethod;
import com.valorivx.engine.risk.RiskPosition;
import com.valorivx.engine.risk.StressScenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value-at-risk request as callers write it (API.md "Analytics", {@code POST /analytics/risk/var}):
 * {@code method}, {@code confidence}, {@code horizonDays} (default 1), {@code positions} and
 * {@code correlations} for PARAMETRIC and MONTE_CARLO, {@code losses} for HISTORICAL,
 * {@code scenarios} (default 100 000) and {@code seed} (default 1) for MONTE_CARLO, and optional
 * named {@code stress} shock sets. It is the document stored as the run's inputs.
 */
public record RiskRequest(String name, String method, Double confidence, Integer horizonDays,
    List<Position> positions, List<List<Double>> correlations, List<Double> losses, Integer scenarios, Long seed,
    List<Stress> stress) {

  /** Longest run name kept. */
  public static final int MAX_NAME_LENGTH = 200;
  /** Monte Carlo scenarios when none are given. */
  public static final int DEFAULT_SCENARIOS = 100_000;
  /** Monte Carlo seed when none is given. */
  public static final long DEFAULT_SEED = 1L;

  /** A position: unique name, value in money, daily volatility as a decimal. */
  public record Position(String name, Double value, Double dailyVolatility) {
  }

  /** A named shock set: relative change per position name. */
  public record Stress(String name, Map<String, Double> shocks) {
  }

  /** Checks every field and builds the engine's assumptions; all errors come back together. */
  public RiskAssumptions toAssumptions() {
    Checks checks = Checks.start();
    checks.require(name == null || name.length() <= MAX_NAME_LENGTH, "name", "is longer than " + MAX_NAME_LENGTH + " characters");
    RiskMethod parsed = null;
    if (method == null) {
      checks.reject("method", "is required: one of " + allowed());
    } else {
      try {
        parsed = RiskMethod.valueOf(method);
      } catch (IllegalArgumentException unknown) {
        checks.reject("method", "must be one of " + allowed() + ", was " + method);
      }
    }
    checks.finite(confidence, "confidence");
    List<RiskPosition> built = new ArrayList<>();
    if (positions != null) {
      for (int i = 0; i < positions.size(); i++) {
        Position p = positions.get(i);
        if (p == null) {
          checks.reject("positions[" + i + "]", "is required");
          continue;
        }
        boolean ok = checks.finite(p.value(), "positions[" + i + "].value");
        ok &= checks.finite(p.dailyVolatility(), "positions[" + i + "].dailyVolatility");
        if (ok) {
          built.add(new RiskPosition(p.name(), p.value(), p.dailyVolatility()));
        }
      }
    }
    double[][] rho = null;
    if (correlations != null) {
      rho = new double[correlations.size()][];
      for (int i = 0; i < correlations.size(); i++) {
        List<Double> row = correlations.get(i);
        if (row == null) {
          checks.reject("correlations[" + i + "]", "is required");
          continue;
        }
        rho[i] = new double[row.size()];
        for (int j = 0; j < row.size(); j++) {
          if (checks.finiteAt(row.get(j), "correlations[" + i + "]", j)) {
            rho[i][j] = row.get(j);
          }
        }
      }
    }
    double[] scenarioLosses = null;
    if (losses != null) {
      scenarioLosses = new double[losses.size()];
      for (int i = 0; i < losses.size(); i++) {
        if (checks.finiteAt(losses.get(i), "losses", i)) {
          scenarioLosses[i] = losses.get(i);
        }
      }
    }
    List<StressScenario> shocks = new ArrayList<>();
    if (stress != null) {
      for (int j = 0; j < stress.size(); j++) {
        Stress s = stress.get(j);
        if (s == null || s.shocks() == null) {
          checks.reject("stress[" + j + "].shocks", "is required");
          continue;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : s.shocks().entrySet()) {
          if (checks.finite(e.getValue(), "stress[" + j + "].shocks." + e.getKey())) {
            values.put(e.getKey(), e.getValue());
          }
        }
        shocks.add(new StressScenario(s.name(), values));
      }
    }
    checks.throwIfAny();
    RiskMethod m = parsed;
    double[][] r = rho;
    double[] l = scenarioLosses;
    int n = scenarios != null ? scenarios : m == RiskMethod.MONTE_CARLO ? DEFAULT_SCENARIOS : 0;
    return checks.attemptOrThrow(() -> new RiskAssumptions(m, confidence, horizonDays == null ? 1 : horizonDays,
        built, r, l, n, seed == null ? DEFAULT_SEED : seed, shocks));
  }

  private static String allowed() {
    return Arrays.toString(RiskMethod.values()).replaceAll("[\\[\\] ]", "").replace(",", ", ");
  }
}
