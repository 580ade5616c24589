/**
 * Seeded Monte Carlo over a revenue-projection DCF: distributions on revenue growth, EBIT margin,
 * discount rate and terminal growth (growth and margin correlated through a Gaussian copula),
 * simulated in fixed-size blocks so the answer does not depend on the thread count.
 */
package com.valorivx.engine.montecarlo;
