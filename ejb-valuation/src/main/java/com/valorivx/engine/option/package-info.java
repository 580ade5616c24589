/**
 * Equity options: Black-Scholes-Merton closed form, Cox-Ross-Rubinstein (or explicit up/down)
 * binomial trees for European and American exercise, and seeded Monte Carlo with antithetic
 * variates; each returns a price with its greeks per unit change.
 */
package com.valorivx.engine.option;
