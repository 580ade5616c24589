package com.valorivx.api.valuation;

import com.valorivx.engine.dcf.DcfValuation;
import com.valorivx.engine.dcf.DcfValuation.DcfYear;
import com.valorivx.engine.dcf.DcfValuation.WaccBreakdown;
import com.valorivx.valuation.DcfRun;
import java.util.List;
import java.util.UUID;

/**
 * Answer to {@code POST /api/v1/valuations/dcf}: the valuation with the id of its stored run.
 * Amounts are in the model's currency, rates decimals.
 *
 * @param sumOfPresentValues Σ PV of the forecast years' cash flows
 * @param terminalValueShare PV of terminal value / enterprise value
 * @param wacc the WACC build-up when the rate was built from one; absent otherwise
 * @param years each forecast year; revenue, EBIT and EBITDA only when projected
 */
public record DcfValuationResponse(UUID id, double enterpriseValue, double equityValue, double valuePerShare,
    double terminalValue, double presentValueOfTerminalValue, double sumOfPresentValues, double discountRate,
    double terminalValueShare, double netDebt, double minorityInterest, double nonOperatingAssets,
    double sharesOutstanding, WaccBreakdown wacc, List<DcfYear> years) {

  static DcfValuationResponse of(DcfRun run) {
    DcfValuation v = run.valuation();
    return new DcfValuationResponse(run.id(), v.enterpriseValue(), v.equityValue(), v.valuePerShare(),
        v.terminalValue(), v.presentValueOfTerminalValue(), v.sumOfPresentValues(), v.discountRate(),
        v.terminalValueShare(), v.netDebt(), v.minorityInterest(), v.nonOperatingAssets(), v.sharesOutstanding(),
        v.wacc(), v.years());
  }
}
