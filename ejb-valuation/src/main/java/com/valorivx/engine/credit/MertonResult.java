package com.valorivx.engine.credit;

/**
 * The solved structural model.
 *
 * @param assetValue V, today's market value of the firm's assets
 * @param assetVolatility σ_V, annual volatility of the assets
 * @param d1 (ln(V/D) + (r + σ_V²/2)T)/(σ_V√T)
 * @param distanceToDefault d2 = d1 − σ_V√T, standard deviations between the assets' risk-neutral
 *     expected log value at T and the default point D
 * @param probabilityOfDefault risk-neutral probability that V_T &lt; D: N(−d2)
 * @param marketValueOfDebt V − E
 * @param expectedLoss PD · LGD · D, in currency (no discounting, face value as exposure)
 * @param creditSpread −ln((V − E)/D)/T − r, the debt's continuously compounded yield over r
 * @param method how it was solved: NEWTON (two-equation Newton) or BRENT (nested one-dimensional fallback)
 * @param iterations iterations of the method used
 */
public record MertonResult(double assetValue, double assetVolatility, double d1, double distanceToDefault,
    double probabilityOfDefault, double marketValueOfDebt, double expectedLoss, double creditSpread,
    String method, int iterations) {
}
