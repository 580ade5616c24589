package com.valorivx.engine.lbo;

import java.util.List;

/**
 * One projected year of the buyout, all flows during year {@code year}, balances at its end.
 *
 * @param year 1 for the first year after entry
 * @param revenue full operating model only; null for the simple one
 * @param ebitda EBITDA of the year
 * @param cashFlowBeforeInterest cash available for debt service before interest (after tax, capex
 *     and working capital in the full model; cashConversion · EBITDA in the simple one)
 * @param tax full model: tax on EBIT minus interest; 0 in the simple model
 * @param interest interest on all tranches
 * @param scheduledRepayment amortisation due on all tranches
 * @param sweepRepayment early repayment from the cash sweep
 * @param debtRepayment scheduled plus swept repayment
 * @param endingDebt debt outstanding at year-end
 * @param cash cash at year-end
 * @param trancheBalances each tranche's balance at year-end, in the order of the assumptions
 * @param trancheInterest each tranche's interest for the year
 */
public record LboYear(int year, Double revenue, double ebitda, double cashFlowBeforeInterest, double tax,
    double interest, double scheduledRepayment, double sweepRepayment, double debtRepayment, double endingDebt,
    double cash, List<Double> trancheBalances, List<Double> trancheInterest) {

  public LboYear {
    trancheBalances = List.copyOf(trancheBalances);
    trancheInterest = List.copyOf(trancheInterest);
  }
}
