package com.valorivx.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.engine.common.RejectedFields;
import com.valorivx.engine.lbo.DebtTranche;
import com.valorivx.engine.lbo.FullOperatingModel;
import com.valorivx.engine.lbo.InterestBasis;
import com.valorivx.engine.lbo.LboAssumptions;
import com.valorivx.engine.lbo.SimpleOperatingModel;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API's LBO document binds with JSON-B and maps to the engine's assumptions, or to field errors. */
class LboRequestTest {

  private static final Jsonb JSON = JsonbBuilder.create();

  /** The issue's worked example as an integrator writes it, defaults left out. */
  static final String ISSUE_EXAMPLE = """
      {"entryEbitda":100,"entryMultiple":8,"years":5,
       "debtTranches":[{"name":"Senior","amount":500,"interestRate":0.08}],
       "ebitdaGrowth":0.05,"cashConversion":0.5,"exitMultiple":8}""";

  private static LboRequest read(String json) {
    return JSON.fromJson(json, LboRequest.class);
  }

  private static List<String> fieldsRejectedIn(String json) {
    return RejectedFields.byJson(json, () -> read(json).toAssumptions());
  }

  @Test
  void simpleModelWithTheDefaults() {
    assertThat(read(ISSUE_EXAMPLE).toAssumptions()).isEqualTo(new LboAssumptions(100, 8, 0, 5,
        List.of(new DebtTranche("Senior", 500, 0.08, 0, true)), new SimpleOperatingModel(0.05, 0.5),
        InterestBasis.OPENING_BALANCE, 1.0, 0, 8));
  }

  @Test
  void fullModelTakesItsEntryEbitdaFromTheMarginUnlessGiven() {
    String json = """
        {"entryMultiple":7,"years":5,"interestOn":"AVERAGE_BALANCE","cashSweepRate":0.5,"minimumCash":10,
         "transactionFees":15,"exitMultiple":7,
         "debtTranches":[{"amount":300,"interestRate":0.06,"amortizationRate":0.1},
                         {"name":"Notes","amount":200,"interestRate":0.1,"cashSweep":false}],
         "operating":{"revenue":1000,"revenueGrowth":0.05,"ebitdaMargin":0.2,"depreciationRate":0.04,
                      "capexRate":0.04,"nwcRate":0.1,"taxRate":0.25}}""";

    LboAssumptions a = read(json).toAssumptions();

    assertThat(a.entryEbitda()).isEqualTo(200);
    assertThat(a.operating()).isEqualTo(new FullOperatingModel(1000, 0.05, 0.2, 0.04, 0.04, 0.1, 0.25));
    assertThat(a.debtTranches()).containsExactly(new DebtTranche("Tranche 1", 300, 0.06, 0.1, true),
        new DebtTranche("Notes", 200, 0.1, 0, false));
    assertThat(a.interestOn()).isEqualTo(InterestBasis.AVERAGE_BALANCE);
    assertThat(a.cashSweepRate()).isEqualTo(0.5);
    assertThat(a.minimumCash()).isEqualTo(10);
    assertThat(a.transactionFees()).isEqualTo(15);
    assertThat(read(json.replace("{\"entryMultiple\"", "{\"entryEbitda\":180,\"entryMultiple\"")).toAssumptions()
        .entryEbitda()).isEqualTo(180);
  }

  @Test
  void aBadTrancheFieldIsNamedWithItsIndexBesideOtherBadFields() {
    String json = """
        {"entryEbitda":100,"entryMultiple":8,"years":5,"exitMultiple":8,"ebitdaGrowth":0.05,"cashConversion":2,
         "debtTranches":[{"amount":300,"interestRate":0.06},{"amount":100,"interestRate":1.5,"amortizationRate":-0.1}]}""";

    assertThat(fieldsRejectedIn(json)).containsExactlyInAnyOrder("cashConversion", "debtTranches[1].interestRate",
        "debtTranches[1].amortizationRate");
  }

  @Test
  void missingFieldsAreNamedTogetherWithOutOfRangeOnes() {
    String json = """
        {"entryMultiple":8,"years":0,"ebitdaGrowth":0.05,"interestOn":"CLOSING",
         "debtTranches":[{"interestRate":0.08},{"amount":100,"interestRate":-0.01}]}""";

    assertThat(fieldsRejectedIn(json)).containsExactlyInAnyOrder("entryEbitda", "exitMultiple", "cashConversion",
        "interestOn", "debtTranches[0].amount", "years", "debtTranches[1].interestRate");
  }

  @Test
  void exactlyOneOperatingModel() {
    String entry = "\"entryEbitda\":100,\"entryMultiple\":8,\"years\":5,\"exitMultiple\":8,\"debtTranches\":[]";
    assertThat(fieldsRejectedIn("{" + entry + "}")).containsExactly("operating");
    assertThat(fieldsRejectedIn("{" + entry + ",\"ebitdaGrowth\":0.05,\"cashConversion\":0.5,\"operating\":{}}"))
        .containsExactly("operating");
    assertThat(fieldsRejectedIn("{" + entry + ",\"operating\":{\"revenue\":1000,\"revenueGrowth\":0.05,"
        + "\"ebitdaMargin\":0.2,\"capexRate\":0.04,\"nwcRate\":0.1,\"taxRate\":1.2}}"))
        .containsExactlyInAnyOrder("operating.depreciationRate", "operating.taxRate");
  }

  @Test
  void debtAboveEntryEvPlusFeesIsRejected() {
    assertThat(fieldsRejectedIn(ISSUE_EXAMPLE.replace("\"amount\":500", "\"amount\":800")))
        .containsExactly("debtTranches");
  }

  @Test
  void theStoredDocumentRoundTrips() {
    LboRequest request = read(ISSUE_EXAMPLE);
    assertThat(read(JSON.toJson(request))).isEqualTo(request);
  }
}
