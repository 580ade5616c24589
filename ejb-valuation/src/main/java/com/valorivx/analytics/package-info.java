/**
 * Analytics use cases: the cash-flow functions (NPV, IRR, XNPV, XIRR), which store no run, and
 * portfolio optimisation, risk, credit and forecasting, each stored as a run; requests as callers
 * write them, mapped to engine inputs.
 */
package com.valorivx.analytics;
