package com.valorivx.valuation;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.sensitivity.TornadoAssumptions;
import com.valorivx.engine.sensitivity.TornadoInput;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code POST /api/v1/valuations/dcf/tornado}: a {@code base} DCF request and optional
 * {@code swings}, keyed by the request field path of the input ({@code discountRate},
 * {@code terminal.growth}, {@code terminal.multiple}, {@code terminal.terminalEbitda},
 * {@code freeCashFlows}, {@code projection.baseRevenue}, {@code projection.revenueGrowth},
 * {@code projection.ebitMargin}, {@code projection.taxRate}, {@code projection.salesToCapital},
 * {@code wacc.costOfEquity}, {@code wacc.riskFreeRate}, {@code wacc.beta},
 * {@code wacc.equityRiskPremium}, {@code wacc.preTaxCostOfDebt}, {@code wacc.equityWeight},
 * {@code netDebt}). Rates swing by an absolute amount (0.01 = one point), amounts, multiples and
 * beta by a share of their value (0.10 = 10 %); every input of the base not named gets its
 * default swing and a swing of 0 leaves an input out (see {@link TornadoInput}).
 */
public record DcfTornadoRequest(DcfRequest base, Map<String, Double> swings) {

  /** Checks every field and builds the tornado's assumptions; all errors come back together. */
  public TornadoAssumptions toAssumptions() {
    Checks.start().require(base != null, "base", "is required").throwIfAny();
    Checks checks = Checks.start();
    Map<TornadoInput, Double> parsed = new EnumMap<>(TornadoInput.class);
    if (swings != null) {
      swings.forEach((key, swing) -> TornadoInput.ofKey(key).ifPresentOrElse(
          input -> parsed.put(input, swing),
          () -> checks.reject("swings." + key, "is not an input a tornado swings; one of " + keys())));
    }
    DcfAssumptions assumptions = checks.attempt(base::toAssumptions);
    checks.throwIfAny();
    return checks.attemptOrThrow(() -> new TornadoAssumptions(assumptions, parsed));
  }

  private static String keys() {
    return Arrays.stream(TornadoInput.values()).map(TornadoInput::key).collect(Collectors.joining(", "));
  }
}
