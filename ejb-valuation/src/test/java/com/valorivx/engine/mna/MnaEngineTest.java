package com.valorivx.engine.mna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class MnaEngineTest {

  /** The hand-computed example below is exact in decimals; doubles carry it to about this much. */
  private static final Offset<Double> EXACT = within(1e-9);

  private static final MnaEngine ENGINE = MnaEngine.DEFAULT;

  /**
   * Hand-computed example (no published example could be checked line by line, so every step is
   * shown). Acquirer: net income 500, 100 shares at 60 (EPS 5.00, P/E 12). Target: net income 100,
   * bought for 1,500 (P/E 15), paid 40 % stock, 30 % cash, 30 % new debt. Debt at 6 %, cash yields
   * 2 %, tax 25 %, synergies 40, fees 30, amortisation of acquired intangibles 20.
   *
   * <pre>
   * stock part        0.40 × 1,500 = 600  → new shares 600 / 60 = 10; pro forma shares 110
   * cash used         0.30 × 1,500 + fees 30 = 480 → foregone interest 480 × 2 % = 9.6, after tax 7.2
   * new debt          0.30 × 1,500 = 450 → interest 450 × 6 % = 27, after tax 20.25
   * synergies         40 × 0.75 = 30;  amortisation 20 × 0.75 = 15
   * pro forma NI      500 + 100 + 30 − 15 − 7.2 − 20.25 = 587.55
   * pro forma EPS     587.55 / 110 = 5.341363636…;  accretion 5.341363636… / 5 − 1 = 0.068272727…
   * breakeven S*      NI' must be 5 × 110 = 550: (550 − 600) / 0.75 + 20 + 9.6 + 27 = −10.0666…
   *                   check: 600 + (−10.0667 − 20 − 9.6 − 27) × 0.75 = 600 − 50 = 550
   * </pre>
   */
  static final MnaAssumptions HAND_EXAMPLE = new MnaAssumptions(500, 100, 60, 100, 1_500,
      new ConsiderationMix(0.40, 0.30, 0.30), 0.06, 0.02, 0.25, 40, 30, 20);

  @Test
  void handComputedExample() {
    MnaValuation v = ENGINE.accretionDilution(HAND_EXAMPLE);

    assertThat(v.standaloneEps()).isCloseTo(5.0, EXACT);
    assertThat(v.newSharesIssued()).isCloseTo(10.0, EXACT);
    assertThat(v.proFormaShares()).isCloseTo(110.0, EXACT);
    assertThat(v.cashUsed()).isCloseTo(480.0, EXACT);
    assertThat(v.newDebt()).isCloseTo(450.0, EXACT);
    assertThat(v.afterTaxForegoneInterest()).isCloseTo(7.2, EXACT);
    assertThat(v.afterTaxDebtInterest()).isCloseTo(20.25, EXACT);
    assertThat(v.afterTaxSynergies()).isCloseTo(30.0, EXACT);
    assertThat(v.afterTaxAmortization()).isCloseTo(15.0, EXACT);
    assertThat(v.combinedNetIncome()).isCloseTo(600.0, EXACT);
    assertThat(v.proFormaNetIncome()).isCloseTo(587.55, EXACT);
    assertThat(v.proFormaEps()).isCloseTo(587.55 / 110, EXACT);
    assertThat(v.accretionDilution()).isCloseTo(0.0682727272727, EXACT);
    assertThat(v.breakevenSynergies()).isCloseTo(-10.0666666666667, EXACT);
    assertThat(v.acquirerPe()).isCloseTo(12.0, EXACT);
    assertThat(v.purchasePe()).isCloseTo(15.0, EXACT);
  }

  @Test
  void breakevenSynergiesGiveZeroAccretionWhenPluggedBack() {
    for (MnaAssumptions deal : List.of(HAND_EXAMPLE, allStock(40, 1_500), allStock(25, 2_400))) {
      double breakeven = ENGINE.accretionDilution(deal).breakevenSynergies();

      MnaValuation atBreakeven = ENGINE.accretionDilution(deal.withSynergies(breakeven));

      assertThat(atBreakeven.accretionDilution()).isCloseTo(0.0, within(1e-12));
      assertThat(atBreakeven.breakevenSynergies()).isCloseTo(breakeven, within(1e-9));
    }
  }

  @Test
  void allCashAtZeroRatesWithoutSynergiesAddsTheTargetsEarningsPerAcquirerShare() {
    MnaAssumptions deal = new MnaAssumptions(500, 100, 60, 100, 1_500, new ConsiderationMix(0, 1, 0),
        0.06, 0, 0.25, 0, 0, 0);

    MnaValuation v = ENGINE.accretionDilution(deal);

    assertThat(v.newSharesIssued()).isZero();
    assertThat(v.proFormaEps() - v.standaloneEps()).isCloseTo(100.0 / 100, EXACT);
  }

  @Test
  void allStockIsAccretiveExactlyWhenTheAcquirersPeExceedsThePurchasePe() {
    // Purchase P/E 15 (1,500 for 100 of earnings): an acquirer at P/E 16 gains, at 15 breaks even, at 12 loses.
    assertThat(ENGINE.accretionDilution(allStock(80, 1_500)).accretionDilution()).isPositive();
    assertThat(ENGINE.accretionDilution(allStock(75, 1_500)).accretionDilution()).isCloseTo(0.0, EXACT);
    assertThat(ENGINE.accretionDilution(allStock(60, 1_500)).accretionDilution()).isNegative();
  }

  @Test
  void moreStockAtALowerAcquirerPeDilutesMore() {
    double previous = Double.POSITIVE_INFINITY;
    for (double stock : new double[] {0, 0.25, 0.5, 0.75, 1}) {
      MnaAssumptions deal = HAND_EXAMPLE.withPriceAndMix(1_500, HAND_EXAMPLE.consideration().withStock(stock));
      double accretion = ENGINE.accretionDilution(deal).accretionDilution();
      assertThat(accretion).as("stock share %s", stock).isLessThan(previous);
      previous = accretion;
    }
    MnaAssumptions lowPe = new MnaAssumptions(500, 100, 40, 100, 1_500, HAND_EXAMPLE.consideration(),
        0.06, 0.02, 0.25, 40, 30, 20);
    assertThat(ENGINE.accretionDilution(lowPe).accretionDilution())
        .isLessThan(ENGINE.accretionDilution(HAND_EXAMPLE).accretionDilution());
  }

  @Test
  void feesCostForegoneInterestOnTheCashThatPaysThem() {
    MnaAssumptions noFees = new MnaAssumptions(500, 100, 60, 100, 1_500, new ConsiderationMix(0.40, 0.30, 0.30),
        0.06, 0.02, 0.25, 40, 0, 20);

    double lost = ENGINE.accretionDilution(noFees).proFormaNetIncome()
        - ENGINE.accretionDilution(HAND_EXAMPLE).proFormaNetIncome();

    assertThat(lost).isCloseTo(30 * 0.02 * 0.75, EXACT);
  }

  @Test
  void gridCellsEqualSingleDealsAtTheirPriceAndMix() {
    MnaGridAssumptions grid = new MnaGridAssumptions(HAND_EXAMPLE, 1_200, List.of(0.0, 0.25, 0.5),
        List.of(0.0, 0.4, 1.0));

    MnaAccretionGrid g = ENGINE.accretionGrid(grid);

    assertThat(g.purchasePrices()).containsExactly(1_200.0, 1_500.0, 1_800.0);
    // Premium 25 % on 1,200 is the hand example's price, and stock 40 % keeps its 30 : 30 cash : debt split.
    assertThat(g.accretionDilution().get(1).get(1)).isCloseTo(0.0682727272727, EXACT);
    // All stock at a 50 % premium: 1,800 / 60 = 30 new shares; NI' = 600 + (40 − 20 − 30 × 2 %) × 0.75.
    assertThat(g.proFormaEps().get(2).get(2)).isCloseTo((600 + (40 - 20 - 0.6) * 0.75) / 130, EXACT);
    for (int row = 0; row < 3; row++) {
      for (int column = 1; column < 3; column++) {
        assertThat(g.accretionDilution().get(row).get(column)).isLessThan(g.accretionDilution().get(row).get(column - 1));
      }
    }
  }

  @Test
  void withStockSplitsTheRestInTheBasesCashToDebtProportionOrAllCash() {
    assertThat(new ConsiderationMix(0.2, 0.6, 0.2).withStock(0.6).cash()).isCloseTo(0.3, EXACT);
    assertThat(new ConsiderationMix(0.2, 0.6, 0.2).withStock(0.6).debt()).isCloseTo(0.1, EXACT);
    assertThat(ConsiderationMix.allStock().withStock(0.3)).isEqualTo(new ConsiderationMix(0.3, 0.7, 0));
  }

  private static MnaAssumptions allStock(double acquirerSharePrice, double price) {
    return new MnaAssumptions(500, 100, acquirerSharePrice, 100, price, ConsiderationMix.allStock(),
        0.06, 0.02, 0.25, 0, 0, 0);
  }
}
