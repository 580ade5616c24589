package com.valorivx.api.valuation;

import com.valorivx.engine.mna.MnaValuation;
import com.valorivx.valuation.MnaRun;
import java.util.UUID;

/**
 * Answer to {@code POST /api/v1/valuations/mna}: the headline figures of API.md with the id of the
 * stored run, then the bridge from standalone to pro forma earnings (see {@link MnaValuation}).
 * {@code accretionDilution} is a decimal of standalone EPS (0.05 = 5 % accretive).
 */
public record MnaValuationResponse(UUID id, double standaloneEps, double proFormaEps, double accretionDilution,
    double newSharesIssued, double proFormaNetIncome, double breakevenSynergies, double proFormaShares,
    double combinedNetIncome,
    double stockConsideration, double cashConsideration, double cashUsed, double newDebt,
    double afterTaxForegoneInterest, double afterTaxDebtInterest, double afterTaxSynergies,
    double afterTaxAmortization, double acquirerPe, Double purchasePe) {

  static MnaValuationResponse of(MnaRun run) {
    MnaValuation v = run.valuation();
    return new MnaValuationResponse(run.id(), v.standaloneEps(), v.proFormaEps(), v.accretionDilution(),
        v.newSharesIssued(), v.proFormaNetIncome(), v.breakevenSynergies(), v.proFormaShares(), v.combinedNetIncome(),
        v.stockConsideration(), v.cashConsideration(), v.cashUsed(), v.newDebt(), v.afterTaxForegoneInterest(),
        v.afterTaxDebtInterest(), v.afterTaxSynergies(), v.afterTaxAmortization(), v.acquirerPe(), v.purchasePe());
  }
}
