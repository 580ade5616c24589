package com.valorivx.engine.cashflow;

/**
 * A net present value (NPV or XNPV).
 *
 * @param npv Σ CF_i·(1 + r)^−t_i in the model currency
 * @param rate the discount rate used
 */
public record NpvResult(double npv, double rate) {
}
