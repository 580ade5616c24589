package com.valorivx.engine.dcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.dcf.DiscountRateAssumption.Given;
import com.valorivx.engine.dcf.TerminalValueAssumption.ExitMultiple;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DcfSensitivityEngineTest {

  private static final DcfAssumptions BASE = new DcfAssumptions(
      new ExplicitCashFlows(List.of(100.0, 110.0, 121.0, 133.1, 146.41)), new Given(0.10), new GordonGrowth(0.03),
      false, 200, 0, 0, 100);

  @Test
  void eachCellEqualsAStandaloneValuation() {
    DcfSensitivity grid = DcfSensitivityEngine.DEFAULT.byGrowth(BASE, List.of(0.08, 0.10, 0.12), List.of(0.02, 0.03));

    assertThat(grid.enterpriseValues()).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(2));
    // The worked example sits at row 0.10, column 0.03: EV 1,792.21, 15.92 a share.
    assertThat(grid.enterpriseValues().get(1).get(1)).isCloseTo(1792.21, within(0.005));
    assertThat(grid.valuesPerShare().get(1).get(1)).isCloseTo(15.92, within(0.005));
    double standalone = DcfEngine.DEFAULT.value(BASE.with(new Given(0.12), new GordonGrowth(0.02))).enterpriseValue();
    assertThat(grid.enterpriseValues().get(2).get(0)).isCloseTo(standalone, within(1e-9));
  }

  @Test
  void rowsFallAsTheRateRisesAndColumnsRiseWithGrowth() {
    DcfSensitivity grid = DcfSensitivityEngine.DEFAULT.byGrowth(BASE, List.of(0.08, 0.09, 0.10), List.of(0.01, 0.02));

    assertThat(grid.enterpriseValues().get(0).get(0)).isGreaterThan(grid.enterpriseValues().get(1).get(0));
    assertThat(grid.enterpriseValues().get(0).get(1)).isGreaterThan(grid.enterpriseValues().get(0).get(0));
  }

  @Test
  void cellWithGrowthNotBelowTheRateHasNoValue() {
    DcfSensitivity grid = DcfSensitivityEngine.DEFAULT.byGrowth(BASE, List.of(0.05, 0.10), List.of(0.03, 0.06));

    assertThat(grid.enterpriseValues().get(0).get(1)).isNull();
    assertThat(grid.enterpriseValues().get(1).get(1)).isNotNull();
  }

  @Test
  void exitMultipleGrid() {
    DcfAssumptions base = BASE.with(new Given(0.10), new ExitMultiple(10, 150.0));

    DcfSensitivity grid = DcfSensitivityEngine.DEFAULT.byExitMultiple(base, List.of(0.10), List.of(8.0, 12.0));

    assertThat(grid.columnAxis()).isEqualTo(DcfSensitivity.ColumnAxis.EXIT_MULTIPLE);

    assertThat(grid.enterpriseValues().get(0).get(1) - grid.enterpriseValues().get(0).get(0))
        .isCloseTo(4 * 150 / Math.pow(1.1, 5), within(1e-9));
  }

  @Test
  void axesAreChecked() {
    assertThatThrownBy(() -> DcfSensitivityEngine.DEFAULT.byGrowth(BASE, List.of(), List.of(0.02)))
        .isInstanceOf(InvalidAssumptionsException.class).hasMessageContaining("discountRates");
    assertThatThrownBy(() -> DcfSensitivityEngine.DEFAULT.byGrowth(BASE, List.of(8.0), List.of(0.02)))
        .isInstanceOf(InvalidAssumptionsException.class).hasMessageContaining("discountRates[0]");
  }
}
