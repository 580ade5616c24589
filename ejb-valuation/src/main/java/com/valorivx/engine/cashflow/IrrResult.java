package com.valorivx.engine.cashflow;

/**
 * An internal rate of return (IRR or XIRR).
 *
 * @param irr the rate r, a decimal above −1, at which Σ CF_i·(1 + r)^−t_i = 0
 * @param signChanges how often the cash flows change sign (zeros skipped); above 1 the flows may
 *     have several rates of return, and {@code irr} is the one nearest the guess
 * @param presentValueAtIrr the net present value at {@code irr}, ~0: the residual, for audit
 */
public record IrrResult(double irr, int signChanges, double presentValueAtIrr) {
}
