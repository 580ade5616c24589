package com.valorivx.api.valuation;

import com.valorivx.engine.lbo.LboValuation;
import com.valorivx.engine.lbo.LboYear;
import com.valorivx.valuation.LboRun;
import java.util.List;
import java.util.UUID;

/**
 * Answer to {@code POST /api/v1/valuations/lbo}: the sponsor's returns, sources and uses, the exit
 * bridge and the year table, with the id of the stored run.
 *
 * @param irr annual equity IRR; absent when {@code totalLoss} (no rate of return exists)
 * @param moic exit equity / equity invested; 0 on a total loss
 * @param totalLoss true when the exit equity value is zero or negative
 */
public record LboValuationResponse(UUID id, Double irr, double moic, boolean totalLoss, double entryEnterpriseValue,
    double transactionFees, double totalUses, double totalDebt, double equityInvested, double totalSources,
    double exitEbitda, double exitEnterpriseValue, double exitDebt, double exitCash, double exitNetDebt,
    double exitEquityValue, int interestIterations, List<LboYear> years) {

  static LboValuationResponse of(LboRun run) {
    LboValuation v = run.valuation();
    return new LboValuationResponse(run.id(), v.irr(), v.moic(), v.totalLoss(), v.entryEnterpriseValue(),
        v.transactionFees(), v.totalUses(), v.totalDebt(), v.equityInvested(), v.totalSources(), v.exitEbitda(),
        v.exitEnterpriseValue(), v.exitDebt(), v.exitCash(), v.exitNetDebt(), v.exitEquityValue(),
        v.interestIterations(), v.years());
  }
}
