package com.valorivx.engine.mna;

import java.util.List;

/**
 * Accretion/dilution over premium (rows) × stock share (columns).
 *
 * @param premiums the row axis as given
 * @param stockShares the column axis as given
 * @param purchasePrices the price of each row: target market value × (1 + premium)
 * @param accretionDilution {@code accretionDilution.get(row).get(column)}, decimals
 * @param proFormaEps the pro forma EPS of each cell
 */
public record MnaAccretionGrid(List<Double> premiums, List<Double> stockShares, List<Double> purchasePrices,
    List<List<Double>> accretionDilution, List<List<Double>> proFormaEps) {

  public MnaAccretionGrid {
    premiums = List.copyOf(premiums);
    stockShares = List.copyOf(stockShares);
    purchasePrices = List.copyOf(purchasePrices);
    accretionDilution = accretionDilution.stream().map(List::copyOf).toList();
    proFormaEps = proFormaEps.stream().map(List::copyOf).toList();
  }
}
