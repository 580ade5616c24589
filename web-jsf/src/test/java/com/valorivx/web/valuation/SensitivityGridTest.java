package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.valuation.DcfRequest;
import com.valorivx.valuation.DcfSensitivityRequest;
import org.junit.jupiter.api.Test;

class SensitivityGridTest {

  @Test
  void gordonGridIsRatePlusMinusTwoPercentByGrowthPlusMinusOnePercent() {
    DcfRequest base = new DcfForm().toRequest();

    DcfSensitivityRequest grid = SensitivityGrid.around(base, 0.10);

    assertThat(grid.discountRates()).containsExactly(0.08, 0.09, 0.10, 0.11, 0.12);
    assertThat(grid.terminalGrowthRates()).containsExactly(0.02, 0.025, 0.03, 0.035, 0.04);
    assertThat(grid.exitMultiples()).isNull();
    assertThat(grid.base()).isSameAs(base);
  }

  @Test
  void exitMultipleGridIsTwoTurnsEitherSide() {
    DcfForm form = new DcfForm();
    form.setTerminalMethod(DcfForm.TerminalMethod.EXIT_MULTIPLE);
    form.setExitMultiple(10.0);

    DcfSensitivityRequest grid = SensitivityGrid.around(form.toRequest(), 0.0839);

    assertThat(grid.discountRates()).containsExactly(0.0639, 0.0739, 0.0839, 0.0939, 0.1039);
    assertThat(grid.exitMultiples()).containsExactly(8.0, 9.0, 10.0, 11.0, 12.0);
    assertThat(grid.terminalGrowthRates()).isNull();
  }

  @Test
  void pointsNoRateOrMultipleCanTakeAreLeftOut() {
    DcfForm form = new DcfForm();
    form.setTerminalMethod(DcfForm.TerminalMethod.EXIT_MULTIPLE);
    form.setExitMultiple(1.5);

    DcfSensitivityRequest grid = SensitivityGrid.around(form.toRequest(), 0.015);

    assertThat(grid.discountRates()).containsExactly(0.005, 0.015, 0.025, 0.035);
    assertThat(grid.exitMultiples()).containsExactly(0.5, 1.5, 2.5, 3.5);
  }
}
