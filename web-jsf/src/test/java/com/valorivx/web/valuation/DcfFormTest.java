package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.dcf.DcfEngine;
import com.valorivx.engine.dcf.DcfValuation;
import com.valorivx.valuation.DcfRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class DcfFormTest {

  private static final double CENT = 0.005;

  @Test
  void theDefaultsAreTheTextbookExampleAndValueAt15Point92() {
    DcfRequest request = new DcfForm().toRequest();

    assertThat(request.freeCashFlows()).containsExactly(100.0, 110.0, 121.0, 133.1, 146.41);
    assertThat(request.projection()).isNull();
    assertThat(request.discountRate()).isEqualTo(0.10);
    assertThat(request.wacc()).isNull();
    assertThat(request.terminal().method()).isEqualTo("GORDON");
    assertThat(request.terminal().growth()).isEqualTo(0.03);
    DcfValuation valuation = DcfEngine.DEFAULT.value(request.toAssumptions());
    assertThat(valuation.valuePerShare()).isCloseTo(15.92, within(CENT));
  }

  @Test
  void onlyTheChosenAlternativesAreSent() {
    DcfForm form = new DcfForm();
    form.setCashFlowSource(DcfForm.CashFlowSource.PROJECTION);
    form.setDiscountSource(DcfForm.DiscountSource.WACC);
    form.setTerminalMethod(DcfForm.TerminalMethod.EXIT_MULTIPLE);
    form.setTicker("  ");

    DcfRequest request = form.toRequest();

    assertThat(request.freeCashFlows()).isNull();
    assertThat(request.projection().revenueGrowth()).isInstanceOf(JsonArray.class);
    assertThat(request.projection().ebitMargin()).isInstanceOf(JsonNumber.class);
    assertThat(request.discountRate()).isNull();
    assertThat(request.wacc().beta()).isEqualTo(1.1);
    assertThat(request.terminal().method()).isEqualTo("EXIT_MULTIPLE");
    assertThat(request.terminal().growth()).isNull();
    assertThat(request.ticker()).isNull();
    assertThat(DcfEngine.DEFAULT.value(request.toAssumptions()).valuePerShare()).isPositive();
  }

  @Test
  void aStoredRunsInputsComeBackIntoTheFormUnchanged() {
    DcfForm form = new DcfForm();
    form.setName("Acme");
    form.setTicker("ACME");
    form.setCashFlowSource(DcfForm.CashFlowSource.PROJECTION);
    form.setRevenueGrowth(List.of(0.05));
    form.setEbitMargin(List.of(0.1, 0.12, 0.14, 0.15, 0.15));
    form.setDiscountSource(DcfForm.DiscountSource.WACC);
    form.setCostOfEquity(0.11);
    form.setTerminalMethod(DcfForm.TerminalMethod.EXIT_MULTIPLE);
    form.setExitMultiple(8.5);
    form.setMidYear(true);
    DcfRequest request = form.toRequest();
    String stored = JsonbBuilder.create().toJson(request);

    DcfForm reopened = DcfForm.of(RunDocuments.dcfRequest(stored));

    assertThat(reopened.getCashFlowSource()).isEqualTo(DcfForm.CashFlowSource.PROJECTION);
    assertThat(reopened.getRevenueGrowth()).containsExactly(0.05);
    assertThat(reopened.getEbitMargin()).containsExactly(0.1, 0.12, 0.14, 0.15, 0.15);
    assertThat(reopened.getDiscountSource()).isEqualTo(DcfForm.DiscountSource.WACC);
    assertThat(reopened.getCostOfEquity()).isEqualTo(0.11);
    assertThat(reopened.getTerminalMethod()).isEqualTo(DcfForm.TerminalMethod.EXIT_MULTIPLE);
    assertThat(reopened.getExitMultiple()).isEqualTo(8.5);
    assertThat(reopened.isMidYear()).isTrue();
    assertThat(JsonbBuilder.create().toJson(reopened.toRequest())).isEqualTo(stored);
  }
}
