package com.valorivx.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.RejectedFields;
import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DcfEngine;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption.ExitMultiple;
import com.valorivx.engine.dcf.WaccAssumptions;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API's DCF document binds with JSON-B and maps to the engine's assumptions, or to field errors. */
class DcfRequestTest {

  private static final Jsonb JSON = JsonbBuilder.create();

  private static DcfRequest read(String json) {
    return JSON.fromJson(json, DcfRequest.class);
  }

  private static List<String> fieldsRejectedIn(String json) {
    return RejectedFields.byJson(json, () -> read(json).toAssumptions());
  }

  @Test
  void workedExampleFromTheApiDocument() {
    DcfAssumptions a = read("""
        {"freeCashFlows":[100,110,121,133.1,146.41],"discountRate":0.10,
         "terminal":{"method":"GORDON","growth":0.03},"netDebt":200,"sharesOutstanding":100}""").toAssumptions();

    assertThat(DcfEngine.DEFAULT.value(a).valuePerShare()).isCloseTo(15.92, within(0.005));
  }

  @Test
  void projectionTakesOneNumberOrOnePerYear() {
    DcfAssumptions a = read("""
        {"projection":{"baseRevenue":1000,"years":3,"revenueGrowth":0.1,"ebitMargin":[0.2,0.21,0.22],
                       "taxRate":0.25,"salesToCapital":2,"depreciationRate":0.05},
         "wacc":{"riskFreeRate":0.04,"beta":1.2,"equityRiskPremium":0.05,"preTaxCostOfDebt":0.06,
                 "taxRate":0.25,"equityWeight":0.6},
         "terminal":{"method":"EXIT_MULTIPLE","multiple":8},"sharesOutstanding":10}""").toAssumptions();

    RevenueProjection p = (RevenueProjection) a.cashFlows();
    assertThat(p.revenueGrowth()).containsExactly(0.1, 0.1, 0.1);
    assertThat(p.ebitMargin()).containsExactly(0.2, 0.21, 0.22);
    assertThat(a.discountRate()).isInstanceOf(WaccAssumptions.class);
    assertThat(a.discountRate().rate()).isCloseTo(0.078, within(1e-12));
    assertThat(a.terminal()).isInstanceOf(ExitMultiple.class);
  }

  @Test
  void everyBadFieldIsReportedAtOnce() {
    assertThat(fieldsRejectedIn("""
        {"freeCashFlows":[],"discountRate":8.5,"terminal":{"method":"GORDON","growth":0.03},"sharesOutstanding":0}"""))
        .contains("freeCashFlows", "discountRate");
  }

  @Test
  void exactlyOneCashFlowSourceAndOneRate() {
    assertThat(fieldsRejectedIn("""
        {"terminal":{"method":"GORDON","growth":0.03},"sharesOutstanding":1}"""))
        .contains("freeCashFlows", "discountRate");
    assertThat(fieldsRejectedIn("""
        {"freeCashFlows":[1],"projection":{"years":1},"discountRate":0.1,"wacc":{},
         "terminal":{"method":"GORDON","growth":0.03},"sharesOutstanding":1}"""))
        .contains("freeCashFlows", "discountRate");
  }

  @Test
  void terminalMethodAndGrowth() {
    assertThat(fieldsRejectedIn("""
        {"freeCashFlows":[1],"discountRate":0.1,"terminal":{"method":"PERPETUITY"},"sharesOutstanding":1}"""))
        .containsExactly("terminal.method");
    assertThat(fieldsRejectedIn("""
        {"freeCashFlows":[1],"discountRate":0.1,"terminal":{"method":"GORDON","growth":0.1},"sharesOutstanding":1}"""))
        .containsExactly("terminal.growth");
  }

  @Test
  void missingSharesAndInfiniteNumbers() {
    assertThat(fieldsRejectedIn("""
        {"freeCashFlows":[1e999],"discountRate":0.1,"terminal":{"method":"GORDON","growth":0.02}}"""))
        .contains("freeCashFlows[0]", "sharesOutstanding");
  }

  @Test
  void perYearSeriesMustMatchTheHorizon() {
    assertThat(fieldsRejectedIn("""
        {"projection":{"baseRevenue":1000,"years":3,"revenueGrowth":[0.1,0.1],"ebitMargin":"high",
                       "taxRate":0.25,"salesToCapital":2},
         "discountRate":0.1,"terminal":{"method":"GORDON","growth":0.02},"sharesOutstanding":1}"""))
        .contains("projection.revenueGrowth", "projection.ebitMargin");
  }

  @Test
  void storedInputsReadBackToTheSameRequest() {
    DcfRequest request = read("""
        {"name":"Base case","ticker":"ACME","freeCashFlows":[100,110],"discountRate":0.1,
         "terminal":{"method":"GORDON","growth":0.02},"midYear":true,"sharesOutstanding":10}""");

    assertThat(read(JSON.toJson(request))).isEqualTo(request);
  }

  @Test
  void rejectsLongNames() {
    assertThatThrownBy(() -> new DcfRequest("x".repeat(201), null, List.of(1.0), null, 0.1, null,
        new DcfRequest.Terminal("GORDON", 0.02, null, null), false, 0.0, 0.0, 0.0, 1.0).toAssumptions())
        .isInstanceOf(InvalidAssumptionsException.class).hasMessageContaining("name");
  }
}
