/**
 * Analytics over REST: the cash-flow functions (NPV, IRR, XNPV, XIRR, which store no run), and
 * portfolio optimisation, risk, credit and forecasting (each call stored as a run; the long ones
 * also as jobs).
 */
package com.valorivx.api.analytics;
