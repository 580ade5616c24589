package com.valorivx.engine.mna;

import java.io.Serializable;

/**
 * Accretion/dilution of one deal, with the bridge from standalone to pro forma earnings. Money in
 * the assumptions' currency and scale; after-tax items are positive amounts, signed as they act on
 * net income in {@link MnaEngine}.
 *
 * @param standaloneEps acquirer net income / acquirer shares
 * @param proFormaEps pro forma net income / pro forma shares
 * @param accretionDilution proFormaEps / standaloneEps − 1 (0.05 = 5 % accretive, negative = dilutive)
 * @param newSharesIssued stock part of the price / acquirer share price
 * @param proFormaShares acquirer shares + new shares
 * @param proFormaNetIncome acquirer + target net income + after-tax synergies − after-tax
 *     amortisation − after-tax foregone interest − after-tax interest on new debt
 * @param combinedNetIncome acquirer + target standalone net income, before the deal's adjustments
 * @param breakevenSynergies pre-tax synergies at which accretionDilution is exactly 0 (negative when
 *     the deal is accretive without any)
 * @param stockConsideration the stock part of the price
 * @param cashConsideration the cash part of the price
 * @param cashUsed cash part of the price + transaction fees
 * @param newDebt the debt part of the price
 * @param afterTaxForegoneInterest cashUsed × cashInterestRate × (1 − tax)
 * @param afterTaxDebtInterest newDebt × debtInterestRate × (1 − tax)
 * @param afterTaxSynergies synergies × (1 − tax)
 * @param afterTaxAmortization intangibleAmortization × (1 − tax)
 * @param acquirerPe acquirer share price / standalone EPS
 * @param purchasePe purchase price / target net income (null when the target earns nothing or loses money)
 */
public record MnaValuation(double standaloneEps, double proFormaEps, double accretionDilution, double newSharesIssued,
    double proFormaShares, double proFormaNetIncome, double combinedNetIncome, double breakevenSynergies,
    double stockConsideration, double cashConsideration, double cashUsed, double newDebt, double afterTaxForegoneInterest,
    double afterTaxDebtInterest, double afterTaxSynergies, double afterTaxAmortization, double acquirerPe,
    Double purchasePe) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Version of the M&A engine, stored with each run. */
  public static final String VERSION = "mna-1.0";
}
