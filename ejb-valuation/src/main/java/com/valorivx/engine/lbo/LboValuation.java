package com.valorivx.engine.lbo;

import java.util.List;

/**
 * The buyout's sources and uses, its debt schedule and the sponsor's returns.
 *
 * <p><b>Returns.</b> The sponsor puts in {@code equityInvested} at time 0 and receives
 * {@code exitEquityValue} at the end of the last year, nothing in between, so
 * MOIC = exit equity / equity invested and IRR = MOIC^(1/years) − 1 exactly (the one rate at which
 * −equity + exit equity/(1 + IRR)^years = 0). A deal that loses part of the equity has a MOIC
 * below 1 and a finite negative IRR.
 *
 * <p><b>Total loss.</b> When the exit equity value is zero or negative (exit EV does not cover
 * the net debt), the equity is wiped out: {@code totalLoss} is true, {@code moic} is 0 (equity
 * holders owe nothing beyond their stake) and {@code irr} is null, because no rate of return
 * exists for a stake that returns nothing. {@code exitEquityValue} still shows the shortfall
 * (negative) so the size of the hole is visible.
 *
 * @param entryEnterpriseValue entry multiple · entry EBITDA
 * @param transactionFees fees paid at entry
 * @param totalUses entry EV + fees
 * @param totalDebt sum of the tranches raised
 * @param equityInvested totalUses − totalDebt
 * @param totalSources totalDebt + equityInvested (equals totalUses)
 * @param exitEbitda EBITDA of the exit year
 * @param exitEnterpriseValue exit multiple · exit EBITDA
 * @param exitDebt debt outstanding at exit
 * @param exitCash cash at exit
 * @param exitNetDebt exitDebt − exitCash
 * @param exitEquityValue exit EV − exit net debt
 * @param moic exit equity / equity invested; 0 on a total loss
 * @param irr annual equity IRR; null on a total loss
 * @param totalLoss whether the exit equity is zero or negative
 * @param interestIterations AVERAGE_BALANCE: the most fixed-point iterations any year needed; 1
 *     for OPENING_BALANCE
 * @param years the projected years
 */
public record LboValuation(double entryEnterpriseValue, double transactionFees, double totalUses, double totalDebt,
    double equityInvested, double totalSources, double exitEbitda, double exitEnterpriseValue, double exitDebt,
    double exitCash, double exitNetDebt, double exitEquityValue, double moic, Double irr, boolean totalLoss,
    int interestIterations, List<LboYear> years) {

  /** Version of the LBO engine, stored with each run. */
  public static final String VERSION = "lbo-1.0";

  public LboValuation {
    years = List.copyOf(years);
  }
}
