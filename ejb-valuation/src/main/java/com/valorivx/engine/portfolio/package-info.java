/**
 * Mean-variance portfolio optimisation: minimum variance, target return, maximum Sharpe ratio,
 * risk parity and the efficient frontier, long-only or with short positions and per-asset bounds.
 *
 * <p>The optimiser is a primal active-set method for convex quadratic programmes with equality
 * constraints and simple bounds ({@link com.valorivx.engine.portfolio.ActiveSetQp}); each step
 * solves the KKT system of the free weights with Hipparchus's dense linear algebra (LU, with a
 * singular-value fallback when the free block is singular). Why not Hipparchus's own constrained
 * optimisers: they live in the separate {@code hipparchus-optim} artifact (the project carries only
 * {@code hipparchus-core}), and its quadratic-programming solver is an ADMM method whose answers are
 * accurate to its convergence tolerance only, while an active-set method ends on the exact vertex of
 * the active bounds: weights sit exactly on their bounds, sum to one to rounding, and the worked
 * examples hold to 1e-10. Portfolio problems are small and dense (tens to hundreds of assets), the
 * case active-set methods suit best.
 *
 * <p>Maximum Sharpe maximises (E − r<sub>f</sub>)/σ along the constrained frontier: σ is convex in
 * the target return, so the ratio is quasi-concave above r<sub>f</sub> and a golden-section search
 * over the target return finds the tangency portfolio under any bounds. Risk parity solves the
 * convex programme min ½yᵀΣy − (1/n)Σ ln y<sub>i</sub> by damped Newton steps and normalises
 * (equal risk contributions, long-only by construction).
 */
package com.valorivx.engine.portfolio;
