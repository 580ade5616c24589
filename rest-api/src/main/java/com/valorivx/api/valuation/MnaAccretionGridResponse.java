package com.valorivx.api.valuation;

import com.valorivx.engine.mna.MnaAccretionGrid;
import java.util.List;

/**
 * Answer to {@code POST /api/v1/valuations/mna/accretion-grid}: rows follow {@code premiums}
 * (price = target market value × (1 + premium), in {@code purchasePrices}), columns follow
 * {@code stockShares}; cells are accretion/dilution decimals and pro forma EPS.
 */
public record MnaAccretionGridResponse(List<Double> premiums, List<Double> stockShares, List<Double> purchasePrices,
    List<List<Double>> accretionDilution, List<List<Double>> proFormaEps) {

  static MnaAccretionGridResponse of(MnaAccretionGrid grid) {
    return new MnaAccretionGridResponse(grid.premiums(), grid.stockShares(), grid.purchasePrices(),
        grid.accretionDilution(), grid.proFormaEps());
  }
}
