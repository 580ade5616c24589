package com.valorivx.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.option.BinomialAssumptions;
import com.valorivx.engine.option.ExerciseStyle;
import com.valorivx.engine.option.MonteCarloAssumptions;
import com.valorivx.engine.option.OptionAssumptions;
import com.valorivx.engine.option.OptionType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API's option document binds with JSON-B and maps to the engines' assumptions, or to field errors. */
class OptionRequestTest {

  private static final Jsonb JSON = JsonbBuilder.create();

  private static final String HULL = """
      "spot":42,"strike":40,"maturityYears":0.5,"riskFreeRate":0.10,"volatility":0.20""";

  private static OptionRequest read(String json) {
    return JSON.fromJson(json, OptionRequest.class);
  }

  private static List<String> fieldsRejectedIn(String json) {
    OptionRequest request = read(json);
    try {
      switch (request.parsedMethod()) {
        case BLACK_SCHOLES -> request.toAssumptions();
        case BINOMIAL -> request.toBinomialAssumptions();
        case MONTE_CARLO -> request.toMonteCarloAssumptions();
      }
      throw new AssertionError("accepted: " + json);
    } catch (InvalidAssumptionsException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
  }

  @Test
  void blackScholesRequestWithTheDefaultDividendYield() {
    OptionRequest request = read("{\"type\":\"CALL\",\"style\":\"EUROPEAN\",\"method\":\"BLACK_SCHOLES\"," + HULL + "}");
    assertThat(request.parsedMethod()).isEqualTo(OptionRequest.Method.BLACK_SCHOLES);
    assertThat(request.toAssumptions())
        .isEqualTo(new OptionAssumptions(OptionType.CALL, ExerciseStyle.EUROPEAN, 42, 40, 0.5, 0.10, 0.20, 0));
  }

  @Test
  void binomialAndMonteCarloSettings() {
    BinomialAssumptions tree = read("{\"type\":\"PUT\",\"style\":\"AMERICAN\",\"method\":\"BINOMIAL\",\"steps\":5,"
        + "\"up\":1.2,\"down\":0.9," + HULL + "}").toBinomialAssumptions();
    assertThat(tree.steps()).isEqualTo(5);
    assertThat(tree.up()).isEqualTo(1.2);
    MonteCarloAssumptions mc = read("{\"type\":\"PUT\",\"style\":\"EUROPEAN\",\"method\":\"MONTE_CARLO\",\"paths\":1000,"
        + "\"seed\":12345678901," + HULL + ",\"dividendYield\":0.03}").toMonteCarloAssumptions();
    assertThat(mc.seed()).isEqualTo(12345678901L);
    assertThat(mc.option().dividendYield()).isEqualTo(0.03);
  }

  @Test
  void namesEveryBadFieldOnce() {
    assertThat(fieldsRejectedIn("{}")).containsExactlyInAnyOrder("type", "style", "method", "spot", "strike",
        "maturityYears", "riskFreeRate", "volatility");
    assertThat(fieldsRejectedIn("{\"type\":\"STRADDLE\",\"style\":\"EUROPEAN\",\"method\":\"BLACK_SCHOLES\","
        + "\"spot\":-1,\"strike\":40,\"maturityYears\":0.5,\"riskFreeRate\":0.1,\"volatility\":-0.2}"))
        .containsExactlyInAnyOrder("type", "spot", "volatility");
  }

  @Test
  void methodSpecificRules() {
    assertThat(fieldsRejectedIn("{\"type\":\"PUT\",\"style\":\"AMERICAN\",\"method\":\"MONTE_CARLO\",\"paths\":100,"
        + "\"seed\":1," + HULL + "}")).containsExactly("style");
    assertThat(fieldsRejectedIn("{\"type\":\"PUT\",\"style\":\"AMERICAN\",\"method\":\"BLACK_SCHOLES\"," + HULL + "}"))
        .containsExactly("style");
    assertThat(fieldsRejectedIn("{\"type\":\"PUT\",\"style\":\"EUROPEAN\",\"method\":\"MONTE_CARLO\"," + HULL + "}"))
        .containsExactlyInAnyOrder("paths", "seed");
    assertThat(fieldsRejectedIn("{\"type\":\"PUT\",\"style\":\"EUROPEAN\",\"method\":\"BINOMIAL\"," + HULL + "}"))
        .containsExactly("steps");
    assertThat(fieldsRejectedIn("{\"type\":\"PUT\",\"style\":\"EUROPEAN\",\"method\":\"BINOMIAL\",\"steps\":10,"
        + "\"up\":1.001,\"down\":0.9," + HULL + "}")).containsExactly("up");
    assertThat(fieldsRejectedIn("{\"type\":\"PUT\",\"style\":\"EUROPEAN\",\"method\":\"BINOMIAL\",\"steps\":0,"
        + "\"volatility\":-1,\"spot\":42,\"strike\":40,\"maturityYears\":0.5,\"riskFreeRate\":0.1}"))
        .containsExactly("volatility");
    assertThat(fieldsRejectedIn("{\"type\":\"PUT\",\"style\":\"EUROPEAN\",\"method\":\"BLACK_SCHOLES\",\"steps\":10,"
        + HULL + "}")).containsExactly("steps");
  }
}
