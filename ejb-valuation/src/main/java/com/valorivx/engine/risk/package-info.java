/**
 * Market risk of a portfolio of linear positions: delta-normal (parametric) value at risk and
 * expected shortfall with square-root-of-time horizon scaling and Euler component VaR, historical
 * VaR/ES from scenario losses, seeded Monte Carlo VaR through a Cholesky factor of the correlation
 * matrix, and named stress tests.
 */
package com.valorivx.engine.risk;
