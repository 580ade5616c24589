package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.engine.common.FieldError;
import com.valorivx.valuation.LboRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The LBO form sends filled tranche rows only, and puts the service's tranche errors back on their rows. */
class LboFormTest {

  @Test
  void theExampleIsTheSpecificationsWorkedExample() {
    LboRequest request = new LboForm().toRequest();

    assertThat(request.debtTranches()).containsExactly(new LboRequest.Tranche("Senior term loan", 500.0, 0.08, 0.0, true));
    assertThat(request.ebitdaGrowth()).isEqualTo(0.05);
    assertThat(request.operating()).isNull();
    assertThat(request.toAssumptions().entryEnterpriseValue()).isEqualTo(800);
  }

  @Test
  void emptyRowsAreSkippedAndErrorsLandOnTheRowThatSentTheTranche() {
    LboForm form = new LboForm();
    form.getTranches().get(2).setAmount(100.0);
    form.getTranches().get(2).setInterestRate(1.5);

    assertThat(form.toRequest().debtTranches()).hasSize(2);
    List<FieldError> onRows = form.onRows(List.of(new FieldError("debtTranches[1].interestRate", "too high"),
        new FieldError("debtTranches[0]", "whole row"), new FieldError("exitMultiple", "bad")));
    assertThat(onRows).extracting(FieldError::field)
        .containsExactly("debtTranches[2].interestRate", "debtTranches[0]", "exitMultiple");
  }

  @Test
  void theFullModelSendsOperatingOnly() {
    LboForm form = new LboForm();
    form.setModel(LboForm.Model.FULL);
    form.setEntryEbitda(null);

    LboRequest request = form.toRequest();

    assertThat(request.ebitdaGrowth()).isNull();
    assertThat(request.cashConversion()).isNull();
    assertThat(request.operating().revenue()).isEqualTo(1000.0);
    assertThat(request.toAssumptions().entryEbitda()).isEqualTo(100.0);
  }
}
