package com.valorivx.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.engine.common.RejectedFields;
import com.valorivx.engine.realoption.RealOptionAssumptions;
import com.valorivx.engine.realoption.RealOptionKind;
import com.valorivx.engine.realoption.RealOptionMethod;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API's real-option document binds with JSON-B and maps to the engine's assumptions, or to field errors. */
class RealOptionRequestTest {

  private static final Jsonb JSON = JsonbBuilder.create();

  private static final String MARKET = "\"maturityYears\":5,\"volatility\":0.2,\"riskFreeRate\":0.04";

  private static RealOptionRequest read(String json) {
    return JSON.fromJson(json, RealOptionRequest.class);
  }

  private static List<String> fieldsRejectedIn(String json) {
    return RejectedFields.byJson(json, () -> read(json).toAssumptions());
  }

  @Test
  void abandonmentByBlackScholes() {
    RealOptionRequest request = read("{\"name\":\"Time share\",\"kind\":\"ABANDON\",\"method\":\"BLACK_SCHOLES\","
        + "\"underlyingValue\":254,\"exerciseCost\":250,\"salvageValue\":150,\"yield\":0.04," + MARKET + "}");

    assertThat(request.toAssumptions()).isEqualTo(new RealOptionAssumptions(RealOptionKind.ABANDON,
        RealOptionMethod.BLACK_SCHOLES, 254, 250, 0, 150, 0, 5, 0.2, 0.04, 0.04, 0));
  }

  @Test
  void expansionByBinomialWithTheDefaultYield() {
    RealOptionRequest request = read("{\"kind\":\"EXPAND\",\"method\":\"BINOMIAL\",\"steps\":300,"
        + "\"underlyingValue\":80,\"investment\":100,\"exerciseCost\":150,\"expansionFactor\":1.25," + MARKET + "}");

    assertThat(request.toAssumptions()).isEqualTo(new RealOptionAssumptions(RealOptionKind.EXPAND,
        RealOptionMethod.BINOMIAL, 80, 150, 100, 0, 1.25, 5, 0.2, 0.04, 0, 300));
  }

  @Test
  void missingAndUnknownFieldsAreNamedTogether() {
    assertThat(fieldsRejectedIn("{}")).containsExactly("kind", "method", "underlyingValue", "exerciseCost",
        "maturityYears", "volatility", "riskFreeRate");
    assertThat(fieldsRejectedIn("{\"kind\":\"GROW\",\"method\":\"MONTE_CARLO\",\"underlyingValue\":1,"
        + "\"exerciseCost\":1," + MARKET + "}")).containsExactly("kind", "method");
  }

  @Test
  void fieldsOfAnotherKindOrMethodAreRejectedNotIgnored() {
    assertThat(fieldsRejectedIn("{\"kind\":\"DEFER\",\"method\":\"BLACK_SCHOLES\",\"steps\":10,\"salvageValue\":5,"
        + "\"expansionFactor\":2,\"underlyingValue\":90,\"exerciseCost\":100," + MARKET + "}"))
        .containsExactly("expansionFactor", "salvageValue", "steps");
    assertThat(fieldsRejectedIn("{\"kind\":\"EXPAND\",\"method\":\"BINOMIAL\",\"underlyingValue\":90,"
        + "\"exerciseCost\":100," + MARKET + "}"))
        .containsExactly("investment", "expansionFactor", "steps");
  }

  @Test
  void rangeErrorsOfTheEngineComeBackByField() {
    assertThat(fieldsRejectedIn("{\"kind\":\"ABANDON\",\"method\":\"BINOMIAL\",\"steps\":0,\"underlyingValue\":-3,"
        + "\"exerciseCost\":100,\"salvageValue\":0,\"maturityYears\":5,\"volatility\":9,\"riskFreeRate\":0.04}"))
        .containsExactly("underlyingValue", "salvageValue", "volatility", "steps");
  }
}
