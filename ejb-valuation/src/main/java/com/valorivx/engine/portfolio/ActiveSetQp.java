package com.valorivx.engine.portfolio;

import com.valorivx.engine.common.ModelNotSolvableException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Primal active-set method for min ½xᵀQx subject to Ax = b and lo ≤ x ≤ hi, Q positive
 * semidefinite, started from a feasible point (Nocedal and Wright, Numerical Optimization, 2nd ed.,
 * algorithm 16.3). The working set holds the variables fixed at a bound; each iteration solves the
 * equality-constrained problem in the free variables through its KKT system, steps as far as the
 * bounds allow, and releases the bound whose multiplier has the wrong sign once no step is left.
 */
final class ActiveSetQp {

  private static final double STEP_TOLERANCE = 1e-13;

  private static final double MULTIPLIER_TOLERANCE = 1e-12;

  private ActiveSetQp() {
  }

  /** Solves from the feasible {@code start}; returns the minimiser. */
  static double[] solve(double[][] q, double[][] a, double[] lo, double[] hi, double[] start, String field) {
    int n = start.length;
    int m = a.length;
    double[] x = start.clone();
    // 0 free, -1 at its lower bound, +1 at its upper bound
    int[] fixed = new int[n];
    for (int i = 0; i < n; i++) {
      if (x[i] <= lo[i]) {
        x[i] = lo[i];
        fixed[i] = -1;
      } else if (x[i] >= hi[i]) {
        x[i] = hi[i];
        fixed[i] = 1;
      }
    }
    double scale = 0;
    for (int i = 0; i < n; i++) {
      scale = Math.max(scale, Math.abs(q[i][i]));
    }
    scale = Math.max(scale, Double.MIN_NORMAL);
    int maxIterations = 50 * (n + m) + 100;
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      double[] g = multiply(q, x);
      int[] free = indices(fixed);
      int f = free.length;
      double[] p = new double[n];
      double[] nu = new double[m];
      if (f > 0) {
        RealMatrix kkt = new Array2DRowRealMatrix(f + m, f + m);
        RealVector rhs = new ArrayRealVector(f + m);
        for (int r = 0; r < f; r++) {
          for (int c = 0; c < f; c++) {
            kkt.setEntry(r, c, q[free[r]][free[c]]);
          }
          for (int k = 0; k < m; k++) {
            kkt.setEntry(r, f + k, a[k][free[r]]);
            kkt.setEntry(f + k, r, a[k][free[r]]);
          }
          rhs.setEntry(r, -g[free[r]]);
        }
        RealVector sol = solveKkt(kkt, rhs);
        for (int r = 0; r < f; r++) {
          p[free[r]] = sol.getEntry(r);
        }
        for (int k = 0; k < m; k++) {
          nu[k] = sol.getEntry(f + k);
        }
      } else {
        nu = leastSquaresMultipliers(a, g);
      }
      double stepNorm = 0;
      double xNorm = 1;
      for (int i = 0; i < n; i++) {
        stepNorm = Math.max(stepNorm, Math.abs(p[i]));
        xNorm = Math.max(xNorm, Math.abs(x[i]));
      }
      if (stepNorm <= STEP_TOLERANCE * xNorm) {
        int release = -1;
        double worst = MULTIPLIER_TOLERANCE * scale * xNorm;
        for (int i = 0; i < n; i++) {
          if (fixed[i] == 0) {
            continue;
          }
          double r = g[i];
          for (int k = 0; k < m; k++) {
            r += a[k][i] * nu[k];
          }
          // at a lower bound the reduced gradient must be ≥ 0, at an upper bound ≤ 0
          double violation = fixed[i] < 0 ? -r : r;
          if (violation > worst) {
            worst = violation;
            release = i;
          }
        }
        if (release < 0) {
          return x;
        }
        fixed[release] = 0;
        continue;
      }
      double alpha = 1;
      int blocking = -1;
      for (int i = 0; i < n; i++) {
        if (fixed[i] != 0) {
          continue;
        }
        if (p[i] < 0 && lo[i] > Double.NEGATIVE_INFINITY) {
          double t = (lo[i] - x[i]) / p[i];
          if (t < alpha) {
            alpha = t;
            blocking = i;
          }
        } else if (p[i] > 0 && hi[i] < Double.POSITIVE_INFINITY) {
          double t = (hi[i] - x[i]) / p[i];
          if (t < alpha) {
            alpha = t;
            blocking = i;
          }
        }
      }
      alpha = Math.max(alpha, 0);
      for (int i = 0; i < n; i++) {
        x[i] += alpha * p[i];
      }
      if (blocking >= 0) {
        fixed[blocking] = p[blocking] < 0 ? -1 : 1;
        x[blocking] = p[blocking] < 0 ? lo[blocking] : hi[blocking];
      }
    }
    throw new ModelNotSolvableException(field, "the optimiser did not converge within " + maxIterations
        + " iterations");
  }

  private static RealVector solveKkt(RealMatrix kkt, RealVector rhs) {
    DecompositionSolver lu = new LUDecomposition(kkt, 1e-14).getSolver();
    if (lu.isNonSingular()) {
      return lu.solve(rhs);
    }
    // a singular free block (e.g. perfectly correlated assets): the least-squares solution
    return new SingularValueDecomposition(kkt).getSolver().solve(rhs);
  }

  private static double[] leastSquaresMultipliers(double[][] a, double[] g) {
    int n = g.length;
    int m = a.length;
    RealMatrix at = new Array2DRowRealMatrix(n, m);
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < m; k++) {
        at.setEntry(i, k, a[k][i]);
      }
    }
    RealVector sol = new SingularValueDecomposition(at).getSolver().solve(new ArrayRealVector(g).mapMultiply(-1));
    return sol.toArray();
  }

  private static int[] indices(int[] fixed) {
    int count = 0;
    for (int s : fixed) {
      if (s == 0) {
        count++;
      }
    }
    int[] free = new int[count];
    int j = 0;
    for (int i = 0; i < fixed.length; i++) {
      if (fixed[i] == 0) {
        free[j++] = i;
      }
    }
    return free;
  }

  static double[] multiply(double[][] q, double[] x) {
    int n = x.length;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      double[] row = q[i];
      for (int j = 0; j < n; j++) {
        s += row[j] * x[j];
      }
      y[i] = s;
    }
    return y;
  }
}
