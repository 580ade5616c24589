/**
 * Cash-flow functions as spreadsheets define them: NPV, IRR, XNPV and XIRR (actual/365), with
 * a bracketing root finder that reports when no rate of return exists.
 */
package com.valorivx.engine.cashflow;
