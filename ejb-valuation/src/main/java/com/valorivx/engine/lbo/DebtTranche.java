package com.valorivx.engine.lbo;

/**
 * One debt tranche raised at entry. Tranches are listed in priority order: the cash sweep repays
 * the first sweepable tranche before the next. Its fields are checked by {@link LboAssumptions},
 * which names a bad one by its place in the list ({@code debtTranches[1].interestRate}).
 *
 * @param name label shown in schedules
 * @param amount principal raised at entry, &gt; 0
 * @param interestRate annual cash interest rate, decimal, in [0, 1]
 * @param amortizationRate scheduled repayment per year as a share of the original amount, in [0, 1]
 *     (0.05 = 5 % of the original principal each year, never more than what is still owed)
 * @param cashSweep whether excess cash repays this tranche early
 */
public record DebtTranche(String name, double amount, double interestRate, double amortizationRate, boolean cashSweep) {
}
