package com.valorivx.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Scenario inputs are read and checked by their model, errors named under {@code inputs.}; run ids are parsed strictly. */
class ScenarioModelsTest {

  private final ScenarioModels models = new ScenarioModels();

  {
    models.register();
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private List<String> rejected(RunKind kind, String inputs) {
    InvalidAssumptionsException e = catchThrowableOfType(() -> models.check(kind, json(inputs)),
        InvalidAssumptionsException.class);
    assertThat(e).as("rejected: %s", inputs).isNotNull();
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void acceptsWhatTheModelAccepts() {
    assertThatCode(() -> models.check(RunKind.DCF, json("""
        {"freeCashFlows":[100,110],"discountRate":0.1,"terminal":{"method":"GORDON","growth":0.03},
         "sharesOutstanding":100}"""))).doesNotThrowAnyException();
    assertThatCode(() -> models.check(RunKind.OPTION, json("""
        {"type":"CALL","style":"EUROPEAN","method":"BLACK_SCHOLES","spot":42,"strike":40,"maturityYears":0.5,
         "riskFreeRate":0.1,"volatility":0.2}"""))).doesNotThrowAnyException();
  }

  @Test
  void impossibleInputsAreNamedUnderInputs() {
    assertThat(rejected(RunKind.DCF, """
        {"freeCashFlows":[100],"discountRate":0.05,"terminal":{"method":"GORDON"}}"""))
        .containsExactlyInAnyOrder("inputs.terminal.growth", "inputs.sharesOutstanding");
    assertThat(rejected(RunKind.DCF, """
        {"freeCashFlows":[100],"discountRate":0.05,"terminal":{"method":"GORDON","growth":0.06},"sharesOutstanding":1}"""))
        .isNotEmpty().allMatch(field -> field.startsWith("inputs.terminal.growth") || field.startsWith("inputs.discountRate"));
    assertThat(rejected(RunKind.OPTION, "{\"type\":\"CALL\",\"method\":\"BINOMIAL\",\"spot\":-1}"))
        .contains("inputs.style", "inputs.steps", "inputs.strike");
  }

  @Test
  void inputsOfTheWrongShapeAreNamedAsInputs() {
    assertThat(rejected(RunKind.DCF, "{\"discountRate\":\"ten percent\"}")).containsExactly("inputs");
  }

  @Test
  void unsupportedKindsNameKind() {
    assertThat(rejected(RunKind.MONTE_CARLO_DCF, "{}")).containsExactly("kind");
  }

  @Test
  void comparisonIdsAreTwoToTenDistinctUuids() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    assertThat(RunComparisonService.parseIds(a + ", " + b)).containsExactly(a, b);
    for (String bad : new String[] {null, " ", a.toString(), a + "," + a, a + ",nope", a + "," + b + ",",
        String.join(",", java.util.Collections.nCopies(11, "x"))}) {
      InvalidAssumptionsException e = catchThrowableOfType(() -> RunComparisonService.parseIds(bad),
          InvalidAssumptionsException.class);
      assertThat(e).as("refused: %s", bad).isNotNull();
      assertThat(e.errors()).extracting(FieldError::field).containsExactly("ids");
    }
  }
}
