package com.valorivx.engine.portfolio;

import com.valorivx.engine.common.ModelNotSolvableException;
import java.util.ArrayList;
import java.util.List;
import org.ojalgo.matrix.store.R064Store;
import org.ojalgo.matrix.store.RawStore;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.convex.ConvexSolver;

/**
 * The two convex quadratic programmes the optimiser needs, handed to ojAlgo's convex solver in
 * its matrix form: minimise ½xᵀQx − cᵀx subject to A<sub>E</sub>x = b<sub>E</sub> and
 * A<sub>I</sub>x ≤ b<sub>I</sub>. Weight bounds become inequality rows; infinite bounds are left out.
 */
final class QuadraticProgram {

  private QuadraticProgram() {
  }

  /**
   * Minimises ½wᵀΣw subject to A w = b and lo ≤ w ≤ hi.
   *
   * @param field the request field a failure is reported against
   */
  static double[] minimise(double[][] cov, double[][] a, double[] b, double[] lo, double[] hi, String field) {
    int n = cov.length;
    List<double[]> rows = new ArrayList<>();
    List<Double> limits = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (hi[i] != Double.POSITIVE_INFINITY) {
        rows.add(unit(n, i, 1));
        limits.add(hi[i]);
      }
      if (lo[i] != Double.NEGATIVE_INFINITY) {
        rows.add(unit(n, i, -1));
        limits.add(-lo[i]);
      }
    }
    Optimisation.Result result = solve(cov, a, b, rows, limits);
    if (!result.getState().isOptimal()) {
      throw new ModelNotSolvableException(field, "the optimiser found no solution (" + result.getState()
          + "); check that the covariance matrix is positive semi-definite");
    }
    return values(result, n);
  }

  /**
   * The tangency portfolio by the homogenised programme over x = (y, κ): minimise ½yᵀΣy subject to
   * (μ − r<sub>f</sub>)ᵀy = 1, Σy<sub>i</sub> − κ = 0, κ·lo<sub>i</sub> ≤ y<sub>i</sub> ≤ κ·hi<sub>i</sub>,
   * κ ≥ 0; returns w = y/κ, or null when the programme has no solution with κ &gt; 0.
   */
  static double[] tangency(double[][] cov, double[] mu, double rf, double[] lo, double[] hi) {
    int n = cov.length;
    double[][] q = new double[n + 1][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(cov[i], 0, q[i], 0, n);
    }
    double[][] a = new double[2][n + 1];
    for (int i = 0; i < n; i++) {
      a[0][i] = mu[i] - rf;
      a[1][i] = 1;
    }
    a[1][n] = -1;
    List<double[]> rows = new ArrayList<>();
    List<Double> limits = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (hi[i] != Double.POSITIVE_INFINITY) {
        double[] row = unit(n + 1, i, 1);
        row[n] = -hi[i];
        rows.add(row);
        limits.add(0.0);
      }
      if (lo[i] != Double.NEGATIVE_INFINITY) {
        double[] row = unit(n + 1, i, -1);
        row[n] = lo[i];
        rows.add(row);
        limits.add(0.0);
      }
    }
    rows.add(unit(n + 1, n, -1));
    limits.add(0.0);
    Optimisation.Result result = solve(q, a, new double[] {1, 0}, rows, limits);
    if (!result.getState().isOptimal()) {
      return null;
    }
    double kappa = result.doubleValue(n);
    if (!(kappa > 0)) {
      return null;
    }
    double[] w = values(result, n);
    for (int i = 0; i < n; i++) {
      w[i] /= kappa;
    }
    return w;
  }

  private static Optimisation.Result solve(double[][] q, double[][] a, double[] b, List<double[]> rows,
      List<Double> limits) {
    int n = q.length;
    ConvexSolver.Builder builder = ConvexSolver.newBuilder()
        .objective(RawStore.wrap(q), R064Store.wrap(new double[n]))
        .equalities(RawStore.wrap(a), R064Store.wrap(b));
    if (!rows.isEmpty()) {
      builder.inequalities(RawStore.wrap(rows.toArray(double[][]::new)),
          R064Store.wrap(limits.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    Optimisation.Options options = new Optimisation.Options();
    // covariance matrices are dense: the dense (direct) active-set variant is several times faster here
    options.sparse = Boolean.FALSE;
    return builder.build(options).solve();
  }

  private static double[] unit(int size, int index, double value) {
    double[] row = new double[size];
    row[index] = value;
    return row;
  }

  private static double[] values(Optimisation.Result result, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = result.doubleValue(i);
    }
    return v;
  }
}
