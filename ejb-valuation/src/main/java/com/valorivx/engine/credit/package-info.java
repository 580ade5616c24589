/**
 * Credit models: the structural (Merton) model solved for asset value and asset volatility from
 * equity, with distance to default, risk-neutral default probability, market value of debt and
 * expected loss; and the Z-score discriminant models (original, private-firm Z′, non-manufacturing
 * Z″) with their zones.
 */
package com.valorivx.engine.credit;
