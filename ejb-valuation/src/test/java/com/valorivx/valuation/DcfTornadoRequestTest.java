package com.valorivx.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.engine.common.RejectedFields;
import com.valorivx.engine.sensitivity.TornadoAssumptions;
import com.valorivx.engine.sensitivity.TornadoInput;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tornado document binds with JSON-B; swings are keyed by field path, defaults fill the rest. */
class DcfTornadoRequestTest {

  private static final Jsonb JSON = JsonbBuilder.create();

  private static final String BASE = """
      {"freeCashFlows":[100,110,121,133.1,146.41],"discountRate":0.10,
       "terminal":{"method":"GORDON","growth":0.03},"netDebt":200,"sharesOutstanding":100}""";

  private static List<String> fieldsRejectedIn(String json) {
    return RejectedFields.byJson(json, () -> JSON.fromJson(json, DcfTornadoRequest.class).toAssumptions());
  }

  @Test
  void givenSwingsOverrideDefaultsAndZeroLeavesAnInputOut() {
    TornadoAssumptions a = JSON.fromJson("{\"base\":" + BASE + ",\"swings\":{\"discountRate\":0.02,"
        + "\"terminal.growth\":0.01,\"netDebt\":0}}", DcfTornadoRequest.class).toAssumptions();

    assertThat(a.resolvedSwings()).containsOnlyKeys(TornadoInput.DISCOUNT_RATE, TornadoInput.TERMINAL_GROWTH,
        TornadoInput.FREE_CASH_FLOWS);
    assertThat(a.resolvedSwings().get(TornadoInput.DISCOUNT_RATE)).isEqualTo(0.02);
    assertThat(a.resolvedSwings().get(TornadoInput.FREE_CASH_FLOWS)).isEqualTo(0.10);
  }

  @Test
  void noSwingsMeansEveryInputAtItsDefault() {
    TornadoAssumptions a = JSON.fromJson("{\"base\":" + BASE + "}", DcfTornadoRequest.class).toAssumptions();

    assertThat(a.resolvedSwings()).hasSize(4).containsEntry(TornadoInput.TERMINAL_GROWTH, 0.005);
  }

  @Test
  void unknownAndInapplicableKeysAndBaseErrorsAreNamed() {
    assertThat(fieldsRejectedIn("{\"base\":" + BASE.replace("\"sharesOutstanding\":100", "\"sharesOutstanding\":-1")
        + ",\"swings\":{\"wacc\":0.01,\"discountRat\":0.01}}"))
        .containsExactlyInAnyOrder("swings.wacc", "swings.discountRat", "sharesOutstanding");
    assertThat(fieldsRejectedIn("{\"base\":" + BASE + ",\"swings\":{\"projection.ebitMargin\":0.01}}"))
        .containsExactly("swings.projection.ebitMargin");
    assertThat(fieldsRejectedIn("{\"swings\":{}}")).containsExactly("base");
  }
}
