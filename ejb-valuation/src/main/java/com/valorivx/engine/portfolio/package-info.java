/**
 * Mean-variance portfolio optimisation: minimum variance, target return, maximum Sharpe ratio,
 * risk parity and the efficient frontier, long-only or with short positions and per-asset bounds.
 *
 * <p>The quadratic programmes are solved by ojAlgo's convex solver (through its
 * {@code ExpressionsBasedModel}), an active-set method for convex QPs with linear equalities,
 * inequalities and bounds: it ends on the exact vertex of the active constraints, so weights sit on
 * their bounds and sum to one to rounding. Hipparchus (already used for linear algebra and
 * statistics) was not chosen for this: its constrained QP solvers are ADMM and SQP iterations that
 * are accurate only to their convergence tolerance.
 *
 * <p>Maximum Sharpe is the standard homogenised QP (minimise yᵀΣy with (μ − r<sub>f</sub>)ᵀy = 1,
 * Σy = κ, κ·lo ≤ y ≤ κ·hi, κ ≥ 0; w = y/κ), one convex programme under any bounds. Risk parity is
 * not a QP: it solves the convex programme min ½yᵀΣy − (1/n)Σ ln y<sub>i</sub> (Spinu, 2013) by damped
 * Newton steps with Hipparchus's LU decomposition and normalises (equal risk contributions,
 * long-only by construction).
 */
package com.valorivx.engine.portfolio;
