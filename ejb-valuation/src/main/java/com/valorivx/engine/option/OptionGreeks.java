package com.valorivx.engine.option;

/**
 * Sensitivities of an option's price, per unit change of the input (not per 1 %).
 *
 * @param delta ∂V/∂S, per 1.00 of spot
 * @param gamma ∂²V/∂S², per 1.00 of spot
 * @param theta ∂V/∂t as calendar time passes (= −∂V/∂T), per year
 * @param vega ∂V/∂σ, per 1.00 of volatility (a textbook 0.121 per 1 % is 12.1 here)
 * @param rho ∂V/∂r, per 1.00 of the continuously compounded risk-free rate
 */
public record OptionGreeks(double delta, double gamma, double theta, double vega, double rho) {
}
