/**
 * Merger accretion/dilution: the acquirer's pro forma earnings per share after buying a target for
 * stock, cash and new debt, the breakeven synergies, and the accretion grid over premium × stock share.
 */
package com.valorivx.engine.mna;
