package com.valorivx.engine.realoption;

/**
 * How the option is priced: Black-Scholes-Merton (European, exercise at maturity only) or a
 * Cox-Ross-Rubinstein binomial lattice with American exercise (at any node, today included).
 */
public enum RealOptionMethod {
  BLACK_SCHOLES, BINOMIAL
}
