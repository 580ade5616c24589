package com.valorivx.engine.option;

/**
 * An option's price and greeks.
 *
 * @param price present value of one option on one unit of the underlying, in the spot's currency
 * @param greeks sensitivities per unit change (see {@link OptionGreeks})
 * @param standardError Monte Carlo only: the standard error of {@code price}; null for the closed
 *     form and the tree, and for a single antithetic pair, whose spread cannot be estimated
 */
public record OptionValuation(double price, OptionGreeks greeks, Double standardError) {

  /** Version of the option engines, stored with each run. */
  public static final String VERSION = "option-1.0";
}
