package com.valorivx.engine.cashflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.ModelNotSolvableException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CashFlowEngineTest {

  /** Microsoft's examples quote amounts to the cent. */
  private static final Offset<Double> CENT = within(0.005);
  /** ...and rates to a tenth of a percentage point. */
  private static final Offset<Double> TENTH_OF_A_POINT = within(0.0005);
  /**
   * Excel's XIRR stops when the result is "accurate within 0.000001 percent" (Microsoft, "XIRR
   * function", remarks), so its quoted 0.373362535 is that close to the root, not nine decimals.
   */
  private static final Offset<Double> EXCEL_XIRR_ACCURACY = within(1e-8);
  /** A present value that a root finder to 1e-12 in the rate leaves behind. */
  private static final Offset<Double> RESIDUAL = within(1e-6);
  /** Identities that hold up to floating-point rounding. */
  private static final Offset<Double> EXACT = within(1e-9);

  private static final CashFlowEngine ENGINE = CashFlowEngine.DEFAULT;

  /** Microsoft, "XNPV function" and "XIRR function", example data. */
  private static final List<DatedCashFlow> XNPV_EXAMPLE = List.of(
      flow("2008-01-01", -10_000), flow("2008-03-01", 2_750), flow("2008-10-30", 4_250),
      flow("2009-02-15", 3_250), flow("2009-04-01", 2_750));

  private static DatedCashFlow flow(String date, double amount) {
    return new DatedCashFlow(LocalDate.parse(date), amount);
  }

  private static double npv(double rate, boolean initialAtTimeZero, Double... flows) {
    return ENGINE.npv(new NpvAssumptions(rate, List.of(flows), initialAtTimeZero)).npv();
  }

  private static double irr(double guess, Double... flows) {
    return ENGINE.irr(new IrrAssumptions(List.of(flows), guess)).irr();
  }

  @Nested
  class MicrosoftExamples {

    /** Microsoft, "NPV function", example 1: =NPV(10%, −10,000, 3,000, 4,200, 6,800) = 1,188.44. */
    @Test
    void npvExampleOne() {
      assertThat(npv(0.10, false, -10_000.0, 3_000.0, 4_200.0, 6_800.0)).isCloseTo(1_188.44, CENT);
    }

    /**
     * Microsoft, "NPV function", example 2: =NPV(8%, B3:B7) + B2 = 1,922.06 with the −40,000
     * investment at the start of the first period and 8,000, 9,200, 10,000, 12,000, 14,500 after.
     */
    @Test
    void npvExampleTwoWithTheInvestmentAtTimeZero() {
      assertThat(npv(0.08, true, -40_000.0, 8_000.0, 9_200.0, 10_000.0, 12_000.0, 14_500.0))
          .isCloseTo(1_922.06, CENT);
      // The same example's =NPV(8%, B3:B7, −9000) + B2 = −3,749.47 (a loss in year six).
      assertThat(npv(0.08, true, -40_000.0, 8_000.0, 9_200.0, 10_000.0, 12_000.0, 14_500.0, -9_000.0))
          .isCloseTo(-3_749.47, CENT);
    }

    /** Microsoft, "IRR function": =IRR(A2:A6) after four years = −2.1 %. */
    @Test
    void irrAfterFourYears() {
      assertThat(irr(0.10, -70_000.0, 12_000.0, 15_000.0, 18_000.0, 21_000.0)).isCloseTo(-0.021, TENTH_OF_A_POINT);
    }

    /** Microsoft, "IRR function": =IRR(A2:A7) after five years = 8.7 %. */
    @Test
    void irrAfterFiveYears() {
      assertThat(irr(0.10, -70_000.0, 12_000.0, 15_000.0, 18_000.0, 21_000.0, 26_000.0))
          .isCloseTo(0.087, TENTH_OF_A_POINT);
    }

    /**
     * Microsoft, "IRR function": =IRR(A2:A4, −10%), the investment and the first two years' income
     * (−70,000, 12,000, 15,000), = −44.4 %. (The example's range is A2:A4, three cells.)
     */
    @Test
    void irrAfterTwoYearsWithANegativeGuess() {
      assertThat(irr(-0.10, -70_000.0, 12_000.0, 15_000.0)).isCloseTo(-0.444, TENTH_OF_A_POINT);
    }

    /** Microsoft, "XNPV function": =XNPV(.09, values, dates) = 2,086.65. */
    @Test
    void xnpvExample() {
      assertThat(ENGINE.xnpv(new XnpvAssumptions(0.09, XNPV_EXAMPLE)).npv()).isCloseTo(2_086.65, CENT);
    }

    /** Microsoft, "XIRR function": =XIRR(values, dates, 0.1) = 0.373362535 (37.34 %). */
    @Test
    void xirrExample() {
      IrrResult result = ENGINE.xirr(new XirrAssumptions(XNPV_EXAMPLE, 0.1));

      assertThat(result.irr()).isCloseTo(0.373362535, EXCEL_XIRR_ACCURACY);
      assertThat(result.signChanges()).isEqualTo(1);
    }
  }

  @Nested
  class Invariants {

    @Test
    void theNpvAtTheIrrIsZero() {
      Double[] flows = {-70_000.0, 12_000.0, 15_000.0, 18_000.0, 21_000.0, 26_000.0};
      IrrResult result = ENGINE.irr(new IrrAssumptions(List.of(flows), 0.10));

      assertThat(npv(result.irr(), true, flows)).isCloseTo(0, RESIDUAL);
      assertThat(result.presentValueAtIrr()).isCloseTo(0, RESIDUAL);
    }

    @Test
    void theXnpvAtTheXirrIsZero() {
      double xirr = ENGINE.xirr(new XirrAssumptions(XNPV_EXAMPLE, 0.1)).irr();

      assertThat(ENGINE.xnpv(new XnpvAssumptions(xirr, XNPV_EXAMPLE)).npv()).isCloseTo(0, RESIDUAL);
    }

    @Test
    void theNpvOfAConventionalProjectFallsAsTheRateRises() {
      double previous = Double.POSITIVE_INFINITY;
      for (double rate = -0.5; rate <= 1.0; rate += 0.05) {
        double npv = npv(rate, true, -10_000.0, 3_000.0, 4_200.0, 6_800.0);
        assertThat(npv).as("NPV at %s", rate).isLessThan(previous);
        previous = npv;
      }
    }

    @Test
    void excelNpvIsTheTimeZeroNpvDiscountedOnePeriod() {
      double excel = npv(0.07, false, -500.0, 200.0, 250.0, 300.0);
      double atTimeZero = npv(0.07, true, -500.0, 200.0, 250.0, 300.0);

      assertThat(excel).isCloseTo(atTimeZero / 1.07, EXACT);
    }

    @Test
    void xnpvOnYearlyDatesEqualsNpv() {
      // 2001..2004 have no 29 February, so each year is exactly 365 days.
      List<DatedCashFlow> yearly = List.of(flow("2001-01-01", -1_000), flow("2002-01-01", 300),
          flow("2003-01-01", 400), flow("2004-01-01", 500));

      double xnpv = ENGINE.xnpv(new XnpvAssumptions(0.06, yearly)).npv();

      assertThat(xnpv).isCloseTo(npv(0.06, true, -1_000.0, 300.0, 400.0, 500.0), EXACT);
      assertThat(ENGINE.xirr(new XirrAssumptions(yearly, 0.1)).irr())
          .isCloseTo(irr(0.1, -1_000.0, 300.0, 400.0, 500.0), EXACT);
    }

    @Test
    void theIrrDoesNotDependOnTheGuessWhenItIsUnique() {
      for (double guess : new double[] {-0.9, -0.5, 0, 0.1, 1, 10, 500}) {
        assertThat(irr(guess, -70_000.0, 12_000.0, 15_000.0, 18_000.0, 21_000.0, 26_000.0))
            .as("guess %s", guess).isCloseTo(0.0866, within(0.0001));
      }
    }

    @Test
    void aLongConventionalProjectSolvesFromAnyGuess() {
      // Newton from a far guess overshoots towards −100 % here; the bracketing walk takes over.
      List<Double> flows = new ArrayList<>();
      flows.add(-100_000.0);
      flows.addAll(Collections.nCopies(119, 1_200.0));
      for (double guess : new double[] {-0.9, -0.1, 0.1, 2, 1_000}) {
        IrrResult result = ENGINE.irr(new IrrAssumptions(flows, guess));

        assertThat(ENGINE.npv(new NpvAssumptions(result.irr(), flows, true)).npv()).as("guess %s", guess)
            .isCloseTo(0, RESIDUAL);
        assertThat(result.irr()).as("guess %s", guess).isCloseTo(0.006350, within(1e-6));
      }
    }
  }

  @Nested
  class SeveralRatesOfReturn {

    /** −100, 230, −132 = −100·(1 − 1.1v)(1 − 1.2v): rates of return 10 % and 20 %. */
    private final List<Double> twoRoots = List.of(-100.0, 230.0, -132.0);

    @Test
    void theRootNearestTheGuessIsReturned() {
      assertThat(ENGINE.irr(new IrrAssumptions(twoRoots, 0.0)).irr()).isCloseTo(0.10, EXACT);
      assertThat(ENGINE.irr(new IrrAssumptions(twoRoots, 0.5)).irr()).isCloseTo(0.20, EXACT);
      assertThat(ENGINE.irr(new IrrAssumptions(twoRoots, 0.5)).signChanges()).isEqualTo(2);
    }
  }

  @Nested
  class NoRateOfReturn {

    @Test
    void allPositiveFlowsHaveNoIrr() {
      assertThatThrownBy(() -> irr(0.1, 100.0, 200.0, 300.0))
          .isInstanceOfSatisfying(ModelNotSolvableException.class, e -> {
            assertThat(e.field()).isEqualTo("cashFlows");
            assertThat(e.reason()).contains("no sign change");
          });
    }

    @Test
    void allNegativeDatedFlowsHaveNoXirr() {
      List<DatedCashFlow> flows = List.of(flow("2020-01-01", -1), flow("2021-01-01", -2));

      assertThatThrownBy(() -> ENGINE.xirr(new XirrAssumptions(flows, 0.1)))
          .isInstanceOfSatisfying(ModelNotSolvableException.class, e -> assertThat(e.field()).isEqualTo("flows"));
    }

    @Test
    void signChangesWithoutARootAreNotSolvable() {
      // 100 − 300v + 300v² > 0 for every v (discriminant 90,000 − 120,000 < 0): no rate of return.
      assertThatThrownBy(() -> irr(0.1, 100.0, -300.0, 300.0))
          .isInstanceOfSatisfying(ModelNotSolvableException.class, e -> assertThat(e.field()).isEqualTo("cashFlows"));
    }
  }

  @Nested
  class Validation {

    private static List<String> fields(Runnable call) {
      try {
        call.run();
      } catch (InvalidAssumptionsException e) {
        return e.errors().stream().map(error -> error.field()).toList();
      }
      throw new AssertionError("no InvalidAssumptionsException");
    }

    @Test
    void aRateAtOrBelowMinusOneIsRejected() {
      assertThat(fields(() -> new NpvAssumptions(-1, List.of(1.0), false))).containsExactly("rate");
      assertThat(fields(() -> new XnpvAssumptions(-2, XNPV_EXAMPLE))).containsExactly("rate");
      assertThat(fields(() -> new IrrAssumptions(List.of(-1.0, 2.0), -1))).containsExactly("guess");
    }

    @Test
    void nonFiniteNumbersAreRejectedNamingTheElement() {
      List<Double> flows = new ArrayList<>(List.of(-1.0, 2.0, 3.0, Double.NaN));
      assertThat(fields(() -> new IrrAssumptions(flows, 0.1))).containsExactly("cashFlows[3]");
      assertThat(fields(() -> new NpvAssumptions(Double.POSITIVE_INFINITY, List.of(1.0), false)))
          .containsExactly("rate");
      assertThat(fields(() -> new XirrAssumptions(List.of(flow("2020-01-01", Double.NEGATIVE_INFINITY)), 0.1)))
          .containsExactly("flows[0].amount");
    }

    @Test
    void emptyAndOversizedListsAreRejected() {
      assertThat(fields(() -> new NpvAssumptions(0.1, List.of(), false))).containsExactly("cashFlows");
      assertThat(fields(() -> new IrrAssumptions(Collections.nCopies(10_001, 1.0), 0.1))).containsExactly("cashFlows");
      assertThat(fields(() -> new XnpvAssumptions(0.1, List.of()))).containsExactly("flows");
    }

    @Test
    void aDateBeforeTheFirstIsRejected() {
      List<DatedCashFlow> flows = List.of(flow("2020-01-01", -1), flow("2021-01-01", 1), flow("2019-12-31", 1));

      assertThat(fields(() -> new XnpvAssumptions(0.1, flows))).containsExactly("flows[2].date");
    }

    @Test
    void anOverflowingPresentValueIsRejected() {
      List<Double> flows = Collections.nCopies(10_000, 1e300);

      assertThat(fields(() -> ENGINE.npv(new NpvAssumptions(-0.9999, flows, true)))).containsExactly("rate");
    }
  }
}
