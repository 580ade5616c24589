package com.valorivx.system.api;

import static com.valorivx.system.api.Problems.assertProblem;
import static com.valorivx.system.api.Problems.assertRejects;
import static com.valorivx.system.api.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.JsonObject;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The cash-flow functions over HTTP (API.md "Cash-flow functions"), pinned to the worked examples
 * of Microsoft's Excel documentation (NPV, IRR, XNPV and XIRR function pages); 200 with nothing
 * stored, 400 naming the field, 422 when no rate of return exists, 401 without a token.
 */
class CashFlowsIT {

  static final String NPV = "/api/v1/analytics/cashflows/npv";
  static final String IRR = "/api/v1/analytics/cashflows/irr";
  static final String XNPV = "/api/v1/analytics/cashflows/xnpv";
  static final String XIRR = "/api/v1/analytics/cashflows/xirr";

  /** Microsoft quotes amounts to the cent. */
  private static final Offset<Double> CENT = within(0.005);
  /** ...and IRR to a tenth of a percentage point. */
  private static final Offset<Double> TENTH_OF_A_POINT = within(0.0005);
  /** Excel's XIRR is "accurate within 0.000001 percent". */
  private static final Offset<Double> EXCEL_XIRR_ACCURACY = within(1e-8);

  private static final String XNPV_FLOWS = """
      [{"date":"2008-01-01","amount":-10000},{"date":"2008-03-01","amount":2750},
       {"date":"2008-10-30","amount":4250},{"date":"2009-02-15","amount":3250},
       {"date":"2009-04-01","amount":2750}]""";

  private final ApiClient admin = ApiClient.asAdmin();

  private static double number(ApiResponse response, String member) {
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    assertThat(response.contentType()).as("%s", response).startsWith("application/json");
    return response.json().getJsonNumber(member).doubleValue();
  }

  @Test
  void npvExampleOneDiscountsTheFirstFlowOnePeriod() {
    ApiResponse response = admin.post(NPV, "{\"rate\":0.10,\"cashFlows\":[-10000,3000,4200,6800]}");

    assertThat(number(response, "npv")).isCloseTo(1_188.44, CENT);
    assertThat(response.header("Location")).isEmpty();
  }

  @Test
  void npvExampleTwoTakesTheInvestmentAtTimeZero() {
    ApiResponse response = admin.post(NPV,
        "{\"rate\":0.08,\"cashFlows\":[-40000,8000,9200,10000,12000,14500],\"initialAtTimeZero\":true}");

    assertThat(number(response, "npv")).isCloseTo(1_922.06, CENT);
  }

  @Test
  void irrExamples() {
    assertThat(number(admin.post(IRR, "{\"cashFlows\":[-70000,12000,15000,18000,21000]}"), "irr"))
        .isCloseTo(-0.021, TENTH_OF_A_POINT);
    assertThat(number(admin.post(IRR, "{\"cashFlows\":[-70000,12000,15000,18000,21000,26000]}"), "irr"))
        .isCloseTo(0.087, TENTH_OF_A_POINT);
    // =IRR(A2:A4, -10%): the investment and two years' income.
    assertThat(number(admin.post(IRR, "{\"cashFlows\":[-70000,12000,15000],\"guess\":-0.10}"), "irr"))
        .isCloseTo(-0.444, TENTH_OF_A_POINT);
  }

  @Test
  void xnpvExample() {
    assertThat(number(admin.post(XNPV, "{\"rate\":0.09,\"flows\":" + XNPV_FLOWS + "}"), "xnpv"))
        .isCloseTo(2_086.65, CENT);
  }

  @Test
  void xirrExample() {
    assertThat(number(admin.post(XIRR, "{\"flows\":" + XNPV_FLOWS + "}"), "xirr"))
        .isCloseTo(0.373362535, EXCEL_XIRR_ACCURACY);
  }

  @Test
  void badInputsAre400NamingTheField() {
    assertRejects(admin.post(NPV, "{\"rate\":-1,\"cashFlows\":[1,2]}"), "rate");
    assertRejects(admin.post(NPV, "{\"rate\":0.1,\"cashFlows\":[]}"), "cashFlows");
    assertRejects(admin.post(NPV, "{\"cashFlows\":[1,2]}"), "rate");
    assertRejects(admin.post(IRR, "{\"cashFlows\":[-1,2,3,1e999]}"), "cashFlows[3]");
    assertRejects(admin.post(XNPV, "{\"rate\":0.09,\"flows\":[{\"date\":\"2008-01-01\",\"amount\":-1},"
        + "{\"date\":\"2008-02-01\",\"amount\":1},{\"date\":\"2008-13-01\",\"amount\":1}]}"), "flows[2].date");
    assertRejects(admin.post(XIRR, "{\"flows\":[{\"date\":\"2008-01-01\",\"amount\":-1},"
        + "{\"date\":\"2007-12-31\",\"amount\":2}]}"), "flows[1].date");
  }

  @Test
  void flowsWithoutARateOfReturnAre422NamingTheField() {
    JsonObject irr = assertProblem(admin.post(IRR, "{\"cashFlows\":[100,200,300]}"), 422);
    assertThat(fields(irr)).containsExactly("cashFlows");

    JsonObject xirr = assertProblem(admin.post(XIRR, "{\"flows\":[{\"date\":\"2008-01-01\",\"amount\":1},"
        + "{\"date\":\"2009-01-01\",\"amount\":2}]}"), 422);
    assertThat(fields(xirr)).containsExactly("flows");
  }

  @Test
  void withoutATokenIs401() {
    ApiClient anonymous = ApiClient.anonymous();

    assertProblem(anonymous.post(NPV, "{\"rate\":0.1,\"cashFlows\":[1]}"), 401);
    assertProblem(anonymous.post(IRR, "{\"cashFlows\":[-1,2]}"), 401);
    assertProblem(anonymous.post(XNPV, "{}"), 401);
    assertProblem(anonymous.post(XIRR, "{}"), 401);
  }
}
