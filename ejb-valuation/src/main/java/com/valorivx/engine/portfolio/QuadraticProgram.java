package com.valorivx.engine.portfolio;

import com.valorivx.engine.common.ModelNotSolvableException;
import java.math.BigDecimal;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The two convex quadratic programmes the optimiser needs, stated as ojAlgo
 * {@link ExpressionsBasedModel}s and solved by its convex (active-set) QP solver.
 */
final class QuadraticProgram {

  private QuadraticProgram() {
  }

  /**
   * Minimises ½wᵀΣw subject to A w = b and lo ≤ w ≤ hi (infinite bounds are left open).
   *
   * @param field the request field a failure is reported against
   */
  static double[] minimise(double[][] cov, double[][] a, double[] b, double[] lo, double[] hi, String field) {
    int n = cov.length;
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] w = new Variable[n];
    for (int i = 0; i < n; i++) {
      w[i] = model.addVariable("w" + i);
      if (lo[i] != Double.NEGATIVE_INFINITY) {
        w[i].lower(lo[i]);
      }
      if (hi[i] != Double.POSITIVE_INFINITY) {
        w[i].upper(hi[i]);
      }
    }
    risk(model, w, cov);
    for (int k = 0; k < a.length; k++) {
      Expression row = model.addExpression("eq" + k).level(b[k]);
      for (int i = 0; i < n; i++) {
        row.set(w[i], a[k][i]);
      }
    }
    Optimisation.Result result = model.minimise();
    if (!result.getState().isOptimal()) {
      throw new ModelNotSolvableException(field, "the optimiser found no solution (" + result.getState()
          + "); check that the covariance matrix is positive semi-definite");
    }
    return values(result, n);
  }

  /**
   * The tangency portfolio by the homogenised programme: minimise ½yᵀΣy subject to
   * (μ − r<sub>f</sub>)ᵀy = 1, Σy<sub>i</sub> = κ, κ·lo<sub>i</sub> ≤ y<sub>i</sub> ≤ κ·hi<sub>i</sub>,
   * κ ≥ 0, and return w = y/κ; null when the programme has no solution with κ &gt; 0.
   */
  static double[] tangency(double[][] cov, double[] mu, double rf, double[] lo, double[] hi) {
    int n = cov.length;
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] y = new Variable[n];
    for (int i = 0; i < n; i++) {
      y[i] = model.addVariable("y" + i);
    }
    Variable kappa = model.addVariable("kappa").lower(BigDecimal.ZERO);
    risk(model, y, cov);
    Expression excess = model.addExpression("excess").level(1);
    Expression budget = model.addExpression("budget").level(0);
    for (int i = 0; i < n; i++) {
      excess.set(y[i], mu[i] - rf);
      budget.set(y[i], 1);
      if (lo[i] != Double.NEGATIVE_INFINITY) {
        model.addExpression("lo" + i).lower(0).set(y[i], 1).set(kappa, -lo[i]);
      }
      if (hi[i] != Double.POSITIVE_INFINITY) {
        model.addExpression("hi" + i).upper(0).set(y[i], 1).set(kappa, -hi[i]);
      }
    }
    budget.set(kappa, -1);
    Optimisation.Result result = model.minimise();
    if (!result.getState().isOptimal()) {
      return null;
    }
    double k = result.doubleValue(n);
    if (!(k > 0)) {
      return null;
    }
    double[] w = values(result, n);
    for (int i = 0; i < n; i++) {
      w[i] /= k;
    }
    return w;
  }

  private static void risk(ExpressionsBasedModel model, Variable[] x, double[][] cov) {
    Expression risk = model.addExpression("risk").weight(0.5);
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        if (cov[i][j] != 0) {
          risk.set(x[i], x[j], cov[i][j]);
        }
      }
    }
  }

  private static double[] values(Optimisation.Result result, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = result.doubleValue(i);
    }
    return v;
  }
}
