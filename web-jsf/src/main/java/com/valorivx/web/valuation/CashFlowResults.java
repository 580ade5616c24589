package com.valorivx.web.valuation;

import com.valorivx.analytics.CashFlowService;
import com.valorivx.analytics.DatedFlow;
import com.valorivx.analytics.IrrRequest;
import com.valorivx.analytics.NpvRequest;
import com.valorivx.analytics.XirrRequest;
import com.valorivx.analytics.XnpvRequest;
import com.valorivx.engine.cashflow.IrrResult;
import com.valorivx.engine.common.ModelNotSolvableException;
import com.valorivx.governance.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;

/**
 * Assembles what the cash-flow page shows from {@link CashFlowService}: NPV (or XNPV) at the rate,
 * IRR (or XIRR) or the reason there is none, and the NPV at each rate of the profile chart.
 */
@ApplicationScoped
public class CashFlowResults {

  @Inject
  CashFlowService cashFlows;

  /** Values the form's flows; rejected inputs raise {@code InvalidAssumptionsException}. */
  public CashFlowResultView calculate(Caller caller, CashFlowForm form) {
    double rate = form.getRate() == null ? Double.NaN : form.getRate();
    DoubleUnaryOperator npvAt;
    IrrOutcome irr;
    if (form.isDated()) {
      List<DatedFlow> flows = form.toDatedFlows();
      double npv = cashFlows.xnpv(caller, new XnpvRequest(form.getRate(), flows)).npv();
      npvAt = r -> r == rate ? npv : cashFlows.xnpv(caller, new XnpvRequest(r, flows)).npv();
      irr = irrOrNull(() -> cashFlows.xirr(caller, new XirrRequest(flows, form.getGuess())));
    } else {
      List<Double> flows = form.getCashFlows();
      boolean atZero = form.isInitialAtTimeZero();
      double npv = cashFlows.npv(caller, new NpvRequest(form.getRate(), flows, atZero)).npv();
      npvAt = r -> r == rate ? npv : cashFlows.npv(caller, new NpvRequest(r, flows, atZero)).npv();
      irr = irrOrNull(() -> cashFlows.irr(caller, new IrrRequest(flows, form.getGuess())));
    }
    Double irrValue = irr.result() == null ? null : irr.result().irr();
    List<Double> rates = NpvProfileChart.rates(irrValue, rate);
    List<Double> npvs = rates.stream().map(r -> npvAt.applyAsDouble(r)).toList();
    double npv = npvAt.applyAsDouble(rate);
    return new CashFlowResultView(form.isDated(), rate, npv, irrValue,
        irr.result() == null ? null : irr.result().signChanges(), irr.noIrrReason(),
        NpvProfileChart.json(rates, npvs, irrValue, rate, npv));
  }

  /** An IRR, or why the flows have none (the service's 422 case). */
  private record IrrOutcome(IrrResult result, String noIrrReason) {
  }

  private static IrrOutcome irrOrNull(Supplier<IrrResult> irr) {
    try {
      return new IrrOutcome(irr.get(), null);
    } catch (ModelNotSolvableException none) {
      return new IrrOutcome(null, none.reason());
    }
  }
}
