package com.valorivx.analytics;

import com.valorivx.governance.Feature;
import jakarta.inject.Inject;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.cashflow.CashFlowEngine;
import com.valorivx.engine.cashflow.IrrResult;
import com.valorivx.engine.cashflow.NpvResult;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import jakarta.ejb.Stateless;

/**
 * Cash-flow functions (API.md "Cash-flow functions") for any signed-in role; nothing is stored.
 * Rejected inputs raise {@code InvalidAssumptionsException}, flows without a rate of return
 * {@code ModelNotSolvableException}.
 */
@Stateless
public class CashFlowService {

  @Inject
  PlanService plans;

  /** Net present value of evenly spaced flows. */
  public NpvResult npv(Caller caller, NpvRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.CASH_FLOWS);
    return CashFlowEngine.DEFAULT.npv(request.toAssumptions());
  }

  /** Internal rate of return of evenly spaced flows, the first at t = 0. */
  public IrrResult irr(Caller caller, IrrRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.CASH_FLOWS);
    return CashFlowEngine.DEFAULT.irr(request.toAssumptions());
  }

  /** Net present value of dated flows, actual/365. */
  public NpvResult xnpv(Caller caller, XnpvRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.CASH_FLOWS);
    return CashFlowEngine.DEFAULT.xnpv(request.toAssumptions());
  }

  /** Internal rate of return of dated flows, actual/365. */
  public IrrResult xirr(Caller caller, XirrRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.CASH_FLOWS);
    return CashFlowEngine.DEFAULT.xirr(request.toAssumptions());
  }
}
