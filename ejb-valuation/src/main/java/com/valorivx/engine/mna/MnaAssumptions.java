package com.valorivx.engine.mna;

import com.valorivx.engine.common.Checks;

/**
 * A proposed acquisition, for one year of run-rate earnings. Money is in one currency and scale
 * (e.g. millions), shares in the matching unit; rates are decimals per year (0.06 = 6 %).
 *
 * @param acquirerNetIncome the acquirer's standalone net income, &gt; 0 (accretion is measured
 *     against a positive EPS)
 * @param acquirerShares the acquirer's diluted shares outstanding, &gt; 0
 * @param acquirerSharePrice the price at which new acquirer shares are issued, &gt; 0
 * @param targetNetIncome the target's standalone net income (may be negative)
 * @param purchasePrice equity value paid for the target, &gt; 0
 * @param consideration the stock / cash / debt shares of the price
 * @param debtInterestRate pre-tax rate on the new acquisition debt, in [0, 1]
 * @param cashInterestRate pre-tax yield the acquirer gives up on the cash it spends, in (−1, 1]
 * @param taxRate marginal tax rate on every adjustment, in [0, 1)
 * @param synergies annual pre-tax synergies (negative for dis-synergies)
 * @param transactionFees one-off advisory and financing fees, ≥ 0: paid from the acquirer's cash at
 *     closing, so they add to the cash spent and cost foregone interest; the one-off charge itself
 *     is left out of the run-rate pro forma earnings
 * @param intangibleAmortization annual pre-tax amortisation of intangibles written up in the deal, ≥ 0
 */
public record MnaAssumptions(double acquirerNetIncome, double acquirerShares, double acquirerSharePrice,
    double targetNetIncome, double purchasePrice, ConsiderationMix consideration, double debtInterestRate,
    double cashInterestRate, double taxRate, double synergies, double transactionFees,
    double intangibleAmortization) {

  public MnaAssumptions {
    Checks.start()
        .require(positive(acquirerNetIncome), "acquirer.netIncome",
            () -> "must be positive: accretion is measured against a positive standalone EPS, was " + acquirerNetIncome)
        .require(positive(acquirerShares), "acquirer.sharesOutstanding",
            () -> "must be a positive share count, was " + acquirerShares)
        .require(positive(acquirerSharePrice), "acquirer.sharePrice",
            () -> "must be a positive price, was " + acquirerSharePrice)
        .require(Double.isFinite(targetNetIncome), "target.netIncome", "must be a finite number")
        .require(positive(purchasePrice), "purchasePrice", () -> "must be a positive amount, was " + purchasePrice)
        .require(consideration != null, "consideration", "is required: stock, cash and debt shares of the price")
        .require(Double.isFinite(debtInterestRate) && debtInterestRate >= 0 && debtInterestRate <= 1, "debtInterestRate",
            () -> "must be between 0% and 100%, was " + percent(debtInterestRate))
        .require(Double.isFinite(cashInterestRate) && cashInterestRate > -1 && cashInterestRate <= 1, "cashInterestRate",
            () -> "must be above -100% and at most 100%, was " + percent(cashInterestRate))
        .require(Double.isFinite(taxRate) && taxRate >= 0 && taxRate < 1, "taxRate",
            () -> "must be at least 0% and below 100%, was " + percent(taxRate))
        .require(Double.isFinite(synergies), "synergies", "must be a finite number")
        .require(Double.isFinite(transactionFees) && transactionFees >= 0, "transactionFees",
            () -> "must not be negative, was " + transactionFees)
        .require(Double.isFinite(intangibleAmortization) && intangibleAmortization >= 0, "intangibleAmortization",
            () -> "must not be negative, was " + intangibleAmortization)
        .throwIfAny();
  }

  /** The same deal at another price and consideration mix (for the accretion grid). */
  public MnaAssumptions withPriceAndMix(double newPrice, ConsiderationMix newMix) {
    return new MnaAssumptions(acquirerNetIncome, acquirerShares, acquirerSharePrice, targetNetIncome, newPrice, newMix,
        debtInterestRate, cashInterestRate, taxRate, synergies, transactionFees, intangibleAmortization);
  }

  /** The same deal with other pre-tax synergies. */
  public MnaAssumptions withSynergies(double newSynergies) {
    return new MnaAssumptions(acquirerNetIncome, acquirerShares, acquirerSharePrice, targetNetIncome, purchasePrice,
        consideration, debtInterestRate, cashInterestRate, taxRate, newSynergies, transactionFees,
        intangibleAmortization);
  }

  private static boolean positive(double value) {
    return Double.isFinite(value) && value > 0;
  }

  /** A rate as the screens show it, in percent; a value that is not a number as it is. */
  private static String percent(double rate) {
    return Double.isFinite(rate) ? Checks.percent(rate) : String.valueOf(rate);
  }
}
