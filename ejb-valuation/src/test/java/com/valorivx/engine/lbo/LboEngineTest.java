package com.valorivx.engine.lbo;

import static com.valorivx.engine.lbo.LboExamples.issueExample;
import static com.valorivx.engine.lbo.LboExamples.issueExampleExitingAt;
import static com.valorivx.engine.lbo.LboExamples.threeTranches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.ModelNotSolvableException;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LboEngineTest {

  /** The specification quotes amounts to the cent. */
  private static final Offset<Double> CENT = within(0.005);
  /** It quotes the MOIC to three decimals. */
  private static final Offset<Double> MOIC_QUOTE = within(0.0005);
  /** And the IRR to a hundredth of a percent. */
  private static final Offset<Double> IRR_QUOTE = within(0.00005);
  /** Identities that hold up to floating-point rounding. */
  private static final Offset<Double> EXACT = within(1e-9);

  private static final LboEngine ENGINE = LboEngine.DEFAULT;

  /**
   * Issue 3, section "LBO", worked example: ending debt 396.83, exit equity 624.19, MOIC 2.081,
   * IRR 15.78 %. By hand, year 1: EBITDA 105, cash 52.5, interest 8 % · 500 = 40, sweep 12.5, debt
   * 487.5; the same each year to year 5: EBITDA 127.63, debt 396.83; exit EV 8 · 127.63 = 1021.03.
   */
  @Test
  void issueWorkedExample() {
    LboValuation v = ENGINE.value(issueExample(InterestBasis.OPENING_BALANCE));

    assertThat(v.entryEnterpriseValue()).isCloseTo(800, EXACT);
    assertThat(v.equityInvested()).isCloseTo(300, EXACT);
    assertThat(v.years()).hasSize(5);
    assertThat(v.years().get(0).ebitda()).isCloseTo(105, EXACT);
    assertThat(v.years().get(0).interest()).isCloseTo(40, EXACT);
    assertThat(v.years().get(0).debtRepayment()).isCloseTo(12.5, EXACT);
    assertThat(v.years().get(0).endingDebt()).isCloseTo(487.5, EXACT);
    assertThat(v.exitDebt()).isCloseTo(396.83, CENT);
    assertThat(v.exitEquityValue()).isCloseTo(624.19, CENT);
    assertThat(v.moic()).isCloseTo(2.081, MOIC_QUOTE);
    assertThat(v.irr()).isCloseTo(0.1578, IRR_QUOTE);
    assertThat(v.totalLoss()).isFalse();
    assertThat(v.interestIterations()).isEqualTo(1);
  }

  /**
   * Hand-verifiable full-model deal, two years, two tranches. Revenue 1000 flat, EBITDA margin 20 %
   * (200), D&amp;A 5 % (EBIT 150), capex 5 % (50), no working-capital change, tax 25 %. Uses 6 · 200 +
   * 20 fees = 1220; term loan 600 at 6 % amortising 10 % (60 a year), swept; notes 300 at 10 %, not
   * swept; equity 320.
   * Year 1: interest 36 + 30 = 66; tax 0.25 · (150 − 66) = 21; cash before interest 200 − 50 − 21 =
   * 129; left after interest and amortisation 129 − 66 − 60 = 3, swept: term loan 600 − 60 − 3 = 537.
   * Year 2: interest 32.22 + 30 = 62.22; tax 0.25 · 87.78 = 21.945; cash 128.055; sweep 128.055 −
   * 62.22 − 60 = 5.835; term loan 471.165. Exit 6 · 200 = 1200; equity 1200 − 771.165 = 428.835;
   * MOIC 428.835 / 320 = 1.340109; IRR √1.340109 − 1 = 15.763 %.
   */
  @Test
  void handVerifiedFullModelWithTwoTranches() {
    LboAssumptions a = new LboAssumptions(200, 6, 20, 2, List.of(
        new DebtTranche("Term loan", 600, 0.06, 0.10, true),
        new DebtTranche("Notes", 300, 0.10, 0, false)),
        new FullOperatingModel(1000, 0, 0.20, 0.05, 0.05, 0.10, 0.25), InterestBasis.OPENING_BALANCE, 1, 0, 6);

    LboValuation v = ENGINE.value(a);

    assertThat(v.totalUses()).isCloseTo(1220, EXACT);
    assertThat(v.equityInvested()).isCloseTo(320, EXACT);
    LboYear first = v.years().get(0);
    assertThat(first.revenue()).isCloseTo(1000, EXACT);
    assertThat(first.interest()).isCloseTo(66, EXACT);
    assertThat(first.tax()).isCloseTo(21, EXACT);
    assertThat(first.cashFlowBeforeInterest()).isCloseTo(129, EXACT);
    assertThat(first.scheduledRepayment()).isCloseTo(60, EXACT);
    assertThat(first.sweepRepayment()).isCloseTo(3, EXACT);
    assertThat(first.trancheBalances()).containsExactly(537.0, 300.0);
    LboYear second = v.years().get(1);
    assertThat(second.tax()).isCloseTo(21.945, EXACT);
    assertThat(second.sweepRepayment()).isCloseTo(5.835, EXACT);
    assertThat(second.trancheBalances().get(0)).isCloseTo(471.165, EXACT);
    assertThat(v.exitEquityValue()).isCloseTo(428.835, EXACT);
    assertThat(v.moic()).isCloseTo(428.835 / 320, EXACT);
    assertThat(v.irr()).isCloseTo(0.15763, within(0.000005));
  }

  /**
   * Interest on the average balance, one tranche, full sweep, no amortisation: closing E solves
   * E = B − (CF − r (B + E) / 2), so E = (B (1 + r/2) − CF) / (1 − r/2). Year 1 of the issue's deal:
   * (500 · 1.04 − 52.5) / 0.96 = 486.979166…
   */
  @Test
  void averageBalanceSolvesTheCircularityExactly() {
    LboValuation v = ENGINE.value(issueExample(InterestBasis.AVERAGE_BALANCE));

    double closing = (500 * 1.04 - 52.5) / 0.96;
    assertThat(v.years().get(0).endingDebt()).isCloseTo(closing, EXACT);
    assertThat(v.years().get(0).interest()).isCloseTo(0.08 * (500 + closing) / 2, EXACT);
    assertThat(v.interestIterations()).isBetween(2, 20);
  }

  @Test
  void averageBalanceInterestLiesBetweenInterestOnOpeningAndOnClosingBalances() {
    for (LboAssumptions a : List.of(issueExample(InterestBasis.AVERAGE_BALANCE), threeTranches(InterestBasis.AVERAGE_BALANCE))) {
      LboValuation v = ENGINE.value(a);
      List<Double> opening = a.debtTranches().stream().map(DebtTranche::amount).toList();
      for (LboYear y : v.years()) {
        for (int i = 0; i < opening.size(); i++) {
          double rate = a.debtTranches().get(i).interestRate();
          double interest = y.trancheInterest().get(i);
          assertThat(interest).isBetween(rate * y.trancheBalances().get(i) - 1e-9, rate * opening.get(i) + 1e-9);
          assertThat(interest).isCloseTo(rate * (opening.get(i) + y.trancheBalances().get(i)) / 2, EXACT);
        }
        opening = y.trancheBalances();
      }
      // Less interest than on the opening balance, so more is swept: less debt at exit.
      LboValuation onOpening = ENGINE.value(a.withBasis(InterestBasis.OPENING_BALANCE));
      assertThat(v.exitDebt()).isLessThan(onOpening.exitDebt());
    }
  }

  @Test
  void aHigherExitMultipleGivesAHigherIrrAndMoic() {
    double previousIrr = -1;
    double previousMoic = 0;
    for (double exit : new double[] {6, 7, 8, 9, 10}) {
      LboValuation v = ENGINE.value(issueExampleExitingAt(exit));
      assertThat(v.irr()).isGreaterThan(previousIrr);
      assertThat(v.moic()).isGreaterThan(previousMoic);
      previousIrr = v.irr();
      previousMoic = v.moic();
    }
  }

  @Test
  void withoutASweepDebtOnlyAmortises() {
    LboAssumptions a = threeTranches(InterestBasis.OPENING_BALANCE).withSweepRate(0);
    LboValuation v = ENGINE.value(a);

    for (LboYear y : v.years()) {
      assertThat(y.sweepRepayment()).isZero();
      for (int i = 0; i < a.debtTranches().size(); i++) {
        DebtTranche t = a.debtTranches().get(i);
        assertThat(y.trancheBalances().get(i)).isCloseTo(t.amount() * (1 - t.amortizationRate() * y.year()), EXACT);
      }
    }
    // The cash that was not swept stays in the company and comes back through the net debt.
    assertThat(v.exitCash()).isPositive();
    assertThat(v.exitNetDebt()).isCloseTo(v.exitDebt() - v.exitCash(), EXACT);
  }

  @Test
  void sourcesEqualUsesAndMoicIsExitEquityOverEquityAndIrrCompoundsToMoic() {
    for (LboAssumptions a : List.of(issueExample(InterestBasis.OPENING_BALANCE), threeTranches(InterestBasis.OPENING_BALANCE),
        threeTranches(InterestBasis.AVERAGE_BALANCE))) {
      LboValuation v = ENGINE.value(a);
      assertThat(v.totalSources()).isCloseTo(v.totalUses(), EXACT);
      assertThat(v.totalUses()).isCloseTo(a.entryEnterpriseValue() + a.transactionFees(), EXACT);
      assertThat(v.totalDebt()).isCloseTo(a.totalDebt(), EXACT);
      assertThat(v.moic()).isCloseTo(v.exitEquityValue() / v.equityInvested(), EXACT);
      assertThat(Math.pow(1 + v.irr(), a.years())).isCloseTo(v.moic(), EXACT);
      // NPV of the sponsor's flows at the IRR is zero.
      assertThat(-v.equityInvested() + v.exitEquityValue() / Math.pow(1 + v.irr(), a.years())).isCloseTo(0, EXACT);
    }
  }

  @Test
  void sweepRepaysTranchesInPriorityOrderAndKeepsTheMinimumCash() {
    LboValuation v = ENGINE.value(threeTranches(InterestBasis.OPENING_BALANCE));
    LboYear first = v.years().get(0);
    // Term loan A is swept before term loan B is touched beyond its 1 % amortisation.
    assertThat(first.trancheBalances().get(0)).isLessThan(300 * 0.9);
    assertThat(first.trancheBalances().get(1)).isCloseTo(300 * 0.99, EXACT);
    assertThat(first.trancheBalances().get(2)).isCloseTo(200, EXACT);
    for (LboYear y : v.years()) {
      assertThat(y.cash()).isGreaterThanOrEqualTo(25 - 1e-9);
      assertThat(y.debtRepayment()).isCloseTo(y.scheduledRepayment() + y.sweepRepayment(), EXACT);
      assertThat(y.endingDebt()).isCloseTo(y.trancheBalances().stream().mapToDouble(Double::doubleValue).sum(), EXACT);
    }
  }

  @Test
  void theInterestTaxShieldLowersTax() {
    LboValuation levered = ENGINE.value(threeTranches(InterestBasis.OPENING_BALANCE));
    LboYear y = levered.years().get(0);
    // EBIT year 1: revenue 1060, EBITDA 233.2, D&A 42.4 → 190.8; tax 25 % of EBIT less interest 59.5.
    assertThat(y.interest()).isCloseTo(18 + 22.5 + 19, EXACT);
    assertThat(y.tax()).isCloseTo(0.25 * (190.8 - 59.5), EXACT);
  }

  @Test
  void aLosingDealHasAFiniteNegativeIrr() {
    LboValuation v = ENGINE.value(issueExampleExitingAt(4));

    assertThat(v.totalLoss()).isFalse();
    assertThat(v.moic()).isBetween(0.0, 1.0);
    assertThat(v.irr()).isNegative().isGreaterThan(-1);
    assertThat(Math.pow(1 + v.irr(), 5)).isCloseTo(v.moic(), EXACT);
  }

  @Test
  void aWipedOutEquityIsReportedAsATotalLossWithoutAnIrr() {
    // Exit at 3× EBITDA 127.63 = 382.9 does not cover the 396.83 of debt.
    LboValuation v = ENGINE.value(issueExampleExitingAt(3));

    assertThat(v.totalLoss()).isTrue();
    assertThat(v.irr()).isNull();
    assertThat(v.moic()).isZero();
    assertThat(v.exitEquityValue()).isNegative().isCloseTo(3 * v.exitEbitda() - v.exitNetDebt(), EXACT);
  }

  @Test
  void aYearThatCannotPayItsAmortisationIsUnsolvableNotPatched() {
    LboAssumptions a = new LboAssumptions(100, 8, 0, 5, List.of(new DebtTranche("Amortising", 700, 0.10, 0.25, true)),
        new SimpleOperatingModel(0, 0.5), InterestBasis.OPENING_BALANCE, 1, 0, 8);

    assertThatThrownBy(() -> ENGINE.value(a))
        .isInstanceOfSatisfying(ModelNotSolvableException.class, e -> {
          assertThat(e.field()).isEqualTo("debtTranches");
          assertThat(e.reason()).contains("year 1");
        });
  }

  @Test
  void aYearWhoseCashExactlyCoversItsDebtServiceIsNoShortfall() {
    // EBITDA 100 flat, cash 50; interest 10 % of 200 = 20; amortisation 15 % of 200 = 30: nothing left.
    LboAssumptions a = new LboAssumptions(100, 8, 0, 1, List.of(new DebtTranche("Term", 200, 0.10, 0.15, true)),
        new SimpleOperatingModel(0, 0.5), InterestBasis.OPENING_BALANCE, 1, 0, 8);

    LboYear year = ENGINE.value(a).years().get(0);

    assertThat(year.cash()).isCloseTo(0, EXACT);
    assertThat(year.endingDebt()).isCloseTo(170, EXACT);
  }

  @Test
  void averageBalanceThatCannotConvergeIsUnsolvable() {
    // One iteration cannot settle a sweeping, interest-bearing year: the cap is reported, not ignored.
    assertThatThrownBy(() -> ENGINE.schedule(issueExample(InterestBasis.AVERAGE_BALANCE), 1))
        .isInstanceOfSatisfying(ModelNotSolvableException.class, e -> assertThat(e.field()).isEqualTo("interestOn"));
  }

  @Test
  void returnsGridMatchesSingleValuationsAndRises() {
    LboAssumptions base = threeTranches(InterestBasis.AVERAGE_BALANCE);
    List<Double> entries = List.of(6.5, 7.5, 8.5);
    List<Double> exits = List.of(6.0, 8.0, 10.0);

    LboReturnsGrid grid = ENGINE.returnsGrid(base, entries, exits);

    for (int i = 0; i < entries.size(); i++) {
      for (int j = 0; j < exits.size(); j++) {
        LboValuation single = ENGINE.value(base.withMultiples(entries.get(i), exits.get(j)));
        assertThat(grid.irrs().get(i).get(j)).isCloseTo(single.irr(), EXACT);
        assertThat(grid.moics().get(i).get(j)).isCloseTo(single.moic(), EXACT);
        if (j > 0) {
          assertThat(grid.irrs().get(i).get(j)).isGreaterThan(grid.irrs().get(i).get(j - 1));
        }
        if (i > 0) {
          assertThat(grid.irrs().get(i).get(j)).isLessThan(grid.irrs().get(i - 1).get(j));
        }
      }
    }
  }

  @Test
  void returnsGridNamesAnEntryMultipleThatLeavesNoEquity() {
    // Debt 800 against EBITDA 220: 3× plus fees 30 (690) leaves no equity.
    assertThatThrownBy(() -> ENGINE.returnsGrid(threeTranches(InterestBasis.OPENING_BALANCE), List.of(7.0, 3.0),
        List.of(8.0, -1.0)))
        .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(e.errors())
            .extracting(er -> er.field()).containsExactlyInAnyOrder("exitMultiples[1]"));
    assertThatThrownBy(() -> ENGINE.returnsGrid(threeTranches(InterestBasis.OPENING_BALANCE), List.of(7.0, 3.0),
        List.of(8.0)))
        .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(e.errors())
            .extracting(er -> er.field()).containsExactly("entryMultiples[1]"));
  }
}
