package com.valorivx.engine.option;

import static com.valorivx.engine.option.OptionExamples.american;
import static com.valorivx.engine.option.OptionExamples.european;
import static com.valorivx.engine.option.OptionType.CALL;
import static com.valorivx.engine.option.OptionType.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class OptionValidationTest {

  @Test
  void namesEveryImpossibleMarketInput() {
    assertThat(fields(() -> new OptionAssumptions(null, null, 0, -1, 0, -1, 0, Double.NaN)))
        .containsExactlyInAnyOrder("type", "style", "spot", "strike", "maturityYears", "riskFreeRate", "volatility",
            "dividendYield");
    assertThat(fields(() -> european(CALL, 100, 100, 101, 0.05, 5.01, 0)))
        .containsExactlyInAnyOrder("maturityYears", "volatility");
    assertThat(fields(() -> european(CALL, Double.POSITIVE_INFINITY, 100, 1, Double.NaN, -0.2, 0)))
        .containsExactlyInAnyOrder("spot", "riskFreeRate", "volatility");
  }

  @Test
  void acceptsTheEdgesOfTheRanges() {
    european(PUT, 1e-6, 1e6, 100, -0.99, 5, -0.5);
  }

  @Test
  void binomialStepsAndFactors() {
    OptionAssumptions a = european(CALL, 100, 100, 1, 0.05, 0.2, 0);
    assertThat(fields(() -> BinomialAssumptions.coxRossRubinstein(a, 0))).containsExactly("steps");
    assertThat(fields(() -> BinomialAssumptions.coxRossRubinstein(a, 10_001))).containsExactly("steps");
    BinomialAssumptions.coxRossRubinstein(a, 10_000);
    assertThat(fields(() -> new BinomialAssumptions(a, 10, 1.1, null))).containsExactly("down");
    assertThat(fields(() -> new BinomialAssumptions(a, 10, -1.1, 0.0))).containsExactlyInAnyOrder("up", "down");
    // e^(0.05 × 0.1) = 1.00501: up must exceed it and down stay below it.
    assertThat(fields(() -> new BinomialAssumptions(a, 10, 1.005, 0.95))).containsExactly("up");
    assertThat(fields(() -> new BinomialAssumptions(a, 10, 1.1, 1.006))).containsExactly("down");
    new BinomialAssumptions(a, 10, 1.006, 1.004);
    // CRR with a tiny volatility and one step: e^(σ√dt) falls below the growth e^(r dt).
    assertThat(fields(() -> BinomialAssumptions.coxRossRubinstein(european(CALL, 100, 100, 1, 0.05, 0.01, 0), 1)))
        .containsExactly("steps");
  }

  @Test
  void monteCarloPathsAndStyle() {
    OptionAssumptions a = european(CALL, 100, 100, 1, 0.05, 0.2, 0);
    assertThat(fields(() -> new MonteCarloAssumptions(a, 0, 1))).containsExactly("paths");
    assertThat(fields(() -> new MonteCarloAssumptions(a, 10_000_001, 1))).containsExactly("paths");
    assertThat(fields(() -> new MonteCarloAssumptions(american(PUT, 100, 100, 1, 0.05, 0.2, 0), 100, 1)))
        .containsExactly("style");
  }

  private static java.util.List<String> fields(Executable build) {
    InvalidAssumptionsException e = catchThrowableOfType(() -> build.execute(), InvalidAssumptionsException.class);
    assertThat(e).as("rejected").isNotNull();
    return e.errors().stream().map(FieldError::field).toList();
  }
}
