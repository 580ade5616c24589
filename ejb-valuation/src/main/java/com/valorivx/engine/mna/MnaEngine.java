package com.valorivx.engine.mna;

import java.util.ArrayList;
import java.util.List;

/**
 * Accretion/dilution of an acquisition for one year of run-rate earnings. With price P, mix
 * (s, c, d), acquirer share price p, tax t, cash yield r_c, debt rate r_d, pre-tax synergies S,
 * fees F and amortisation A:
 *
 * <pre>
 * new shares       n   = s·P / p
 * cash used        C   = c·P + F            (fees are paid from cash at closing)
 * new debt         D   = d·P
 * pro forma NI     NI' = NI_a + NI_t + (S − A − r_c·C − r_d·D)(1 − t)
 * pro forma EPS    = NI' / (N_a + n);   standalone EPS = NI_a / N_a
 * accretion        = EPS' / EPS − 1
 * breakeven S*     = [EPS·(N_a + n) − NI_a − NI_t] / (1 − t) + A + r_c·C + r_d·D
 * </pre>
 *
 * S* is the pre-tax synergy level at which EPS' = EPS (closed form: NI' is linear in S and the
 * share count does not depend on it). The one-off fee charge is not in the run-rate earnings; its
 * cost there is the interest foregone on the cash it takes. Stateless and thread-safe.
 */
public final class MnaEngine {

  public static final MnaEngine DEFAULT = new MnaEngine();

  /** Pro forma EPS, accretion/dilution and breakeven synergies of one deal. */
  public MnaValuation accretionDilution(MnaAssumptions a) {
    double keep = 1 - a.taxRate();
    double price = a.purchasePrice();
    ConsiderationMix mix = a.consideration();
    double stockConsideration = mix.stock() * price;
    double cashConsideration = mix.cash() * price;
    double newDebt = mix.debt() * price;
    double cashUsed = cashConsideration + a.transactionFees();
    double newShares = stockConsideration / a.acquirerSharePrice();
    double proFormaShares = a.acquirerShares() + newShares;
    double preTaxFinancing = a.cashInterestRate() * cashUsed + a.debtInterestRate() * newDebt;
    double combined = a.acquirerNetIncome() + a.targetNetIncome();
    double proFormaNetIncome = combined + (a.synergies() - a.intangibleAmortization() - preTaxFinancing) * keep;
    double standaloneEps = a.acquirerNetIncome() / a.acquirerShares();
    double proFormaEps = proFormaNetIncome / proFormaShares;
    double breakeven = (standaloneEps * proFormaShares - combined) / keep + a.intangibleAmortization() + preTaxFinancing;
    return new MnaValuation(standaloneEps, proFormaEps, proFormaEps / standaloneEps - 1, newShares, proFormaShares,
        proFormaNetIncome, combined, breakeven, stockConsideration, cashConsideration, cashUsed, newDebt,
        a.cashInterestRate() * cashUsed * keep, a.debtInterestRate() * newDebt * keep, a.synergies() * keep,
        a.intangibleAmortization() * keep, a.acquirerSharePrice() / standaloneEps,
        a.targetNetIncome() > 0 ? price / a.targetNetIncome() : null);
  }

  /** Accretion/dilution of the base deal at every premium × stock share. */
  public MnaAccretionGrid accretionGrid(MnaGridAssumptions g) {
    List<Double> prices = new ArrayList<>();
    List<List<Double>> accretion = new ArrayList<>();
    List<List<Double>> eps = new ArrayList<>();
    for (double premium : g.premiums()) {
      double price = g.targetMarketValue() * (1 + premium);
      prices.add(price);
      List<Double> accretionRow = new ArrayList<>();
      List<Double> epsRow = new ArrayList<>();
      for (double stock : g.stockShares()) {
        MnaValuation cell = accretionDilution(g.base().withPriceAndMix(price, g.base().consideration().withStock(stock)));
        accretionRow.add(cell.accretionDilution());
        epsRow.add(cell.proFormaEps());
      }
      accretion.add(accretionRow);
      eps.add(epsRow);
    }
    return new MnaAccretionGrid(g.premiums(), g.stockShares(), prices, accretion, eps);
  }
}
