package com.valorivx.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.engine.common.RejectedFields;
import com.valorivx.engine.mna.ConsiderationMix;
import com.valorivx.engine.mna.MnaAssumptions;
import com.valorivx.engine.mna.MnaGridAssumptions;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API's M&A documents bind with JSON-B and map to the engine's assumptions, or to field errors. */
class MnaRequestTest {

  private static final Jsonb JSON = JsonbBuilder.create();

  private static final String DEAL = """
      {"name":"Hand example","ticker":"ACQ","acquirer":{"netIncome":500,"sharesOutstanding":100,"sharePrice":60},
       "target":{"netIncome":100,"marketValue":1200},"purchasePrice":1500,
       "consideration":{"stock":0.4,"cash":0.3,"debt":0.3},"debtInterestRate":0.06,"cashInterestRate":0.02,
       "taxRate":0.25,"synergies":40,"transactionFees":30,"intangibleAmortization":20}""";

  private static List<String> fieldsRejected(Runnable map) {
    return RejectedFields.by(map);
  }

  @Test
  void fullRequestMapsToTheAssumptions() {
    MnaRequest request = JSON.fromJson(DEAL, MnaRequest.class);

    assertThat(request.toAssumptions()).isEqualTo(new MnaAssumptions(500, 100, 60, 100, 1500,
        new ConsiderationMix(0.4, 0.3, 0.3), 0.06, 0.02, 0.25, 40, 30, 20));
    assertThat(request.name()).isEqualTo("Hand example");
    assertThat(request.ticker()).isEqualTo("ACQ");
  }

  @Test
  void optionalAmountsAndAbsentConsiderationPartsDefaultToZero() {
    MnaRequest request = JSON.fromJson("""
        {"acquirer":{"netIncome":500,"sharesOutstanding":100,"sharePrice":60},"target":{"netIncome":100},
         "purchasePrice":1500,"consideration":{"cash":1},"debtInterestRate":0.06,"cashInterestRate":0.02,"taxRate":0.25}""",
        MnaRequest.class);

    assertThat(request.toAssumptions()).isEqualTo(new MnaAssumptions(500, 100, 60, 100, 1500,
        new ConsiderationMix(0, 1, 0), 0.06, 0.02, 0.25, 0, 0, 0));
  }

  @Test
  void missingObjectsAndNumbersAreNamed() {
    MnaRequest empty = JSON.fromJson("{}", MnaRequest.class);
    assertThat(fieldsRejected(empty::toAssumptions)).containsExactly("acquirer", "target", "purchasePrice",
        "consideration", "debtInterestRate", "cashInterestRate", "taxRate");

    MnaRequest partial = JSON.fromJson("""
        {"acquirer":{"sharePrice":60},"target":{},"purchasePrice":1500,"consideration":{"stock":0.5,"cash":0.3},
         "debtInterestRate":0.06,"cashInterestRate":0.02,"taxRate":0.25}""", MnaRequest.class);
    assertThat(fieldsRejected(partial::toAssumptions)).containsExactly("acquirer.netIncome",
        "acquirer.sharesOutstanding", "target.netIncome", "consideration");
  }

  @Test
  void rangeErrorsOfTheEngineComeBackByField() {
    MnaRequest request = JSON.fromJson(DEAL.replace("\"taxRate\":0.25", "\"taxRate\":1.5")
        .replace("\"purchasePrice\":1500", "\"purchasePrice\":-1"), MnaRequest.class);

    assertThat(fieldsRejected(request::toAssumptions)).containsExactly("purchasePrice", "taxRate");
  }

  @Test
  void gridRequestNeedsTheTargetsMarketValueAndNamesBaseErrorsUnderBase() {
    MnaGridRequest grid = JSON.fromJson("{\"base\":" + DEAL + ",\"premiums\":[0,0.25],\"stockShares\":[0,1]}",
        MnaGridRequest.class);
    MnaGridAssumptions assumptions = grid.toAssumptions();
    assertThat(assumptions.targetMarketValue()).isEqualTo(1200);
    assertThat(assumptions.premiums()).containsExactly(0.0, 0.25);

    MnaGridRequest noMarketValue = JSON.fromJson("{\"base\":" + DEAL.replace(",\"marketValue\":1200", "")
        .replace("\"taxRate\":0.25", "\"taxRate\":2") + ",\"premiums\":[-2],\"stockShares\":[0,1]}", MnaGridRequest.class);
    assertThat(fieldsRejected(noMarketValue::toAssumptions))
        .containsExactly("base.taxRate", "base.target.marketValue", "premiums[0]");

    assertThat(fieldsRejected(JSON.fromJson("{}", MnaGridRequest.class)::toAssumptions))
        .containsExactly("base", "premiums", "stockShares");
  }
}
