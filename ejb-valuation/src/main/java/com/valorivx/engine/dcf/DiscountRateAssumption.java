package com.valorivx.engine.dcf;

import com.valorivx.engine.common.Checks;

/** The rate that discounts free cash flows to the firm: given outright or built up as a WACC. */
public sealed interface DiscountRateAssumption permits DiscountRateAssumption.Given, WaccAssumptions {

  /** The decimal annual rate. */
  double rate();

  /** A rate given outright, a decimal in (0, 1]: 0.085 is 8.5 %. */
  record Given(double discountRate) implements DiscountRateAssumption {
    public Given {
      Checks checks = Checks.start();
      if (checks.finite(discountRate, "discountRate")) {
        checks.require(discountRate > 0 && discountRate <= 1, "discountRate",
            () -> "must be a decimal rate in (0, 1] (0.085 = 8.5%), was " + discountRate);
      }
      checks.throwIfAny();
    }

    @Override
    public double rate() {
      return discountRate;
    }
  }
}
