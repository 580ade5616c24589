package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.lbo.LboEngine;
import com.valorivx.valuation.DcfRequest;
import com.valorivx.valuation.LboRequest;
import com.valorivx.valuation.MnaRequest;
import com.valorivx.valuation.OptionRequest;
import com.valorivx.valuation.RealOptionRequest;
import com.valorivx.valuation.RunKind;
import jakarta.json.Json;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioExamplesTest {

  /** Issue 3's worked LBO: IRR 15.78 %. */
  private static final double WORKED_IRR = 0.1578;
  private static final double IRR_ROUNDING = 0.00005;

  private static final Map<RunKind, Class<?>> REQUESTS = Map.of(RunKind.DCF, DcfRequest.class,
      RunKind.OPTION, OptionRequest.class, RunKind.LBO, LboRequest.class, RunKind.MNA, MnaRequest.class,
      RunKind.REAL_OPTION, RealOptionRequest.class);

  private static <T> T read(RunKind kind, Class<T> type) {
    return JsonbBuilder.create().fromJson(ScenarioExamples.inputs(kind), type);
  }

  @Test
  void everyScenarioModelHasAnUnnamedExampleItsModelAccepts() {
    REQUESTS.forEach((kind, type) -> {
      String inputs = ScenarioExamples.inputs(kind);
      assertThat(Json.createReader(new StringReader(inputs)).readObject()).as("%s", kind).isNotEmpty()
          .doesNotContainKey("name");
      assertThat(read(kind, type)).as("%s", kind).isNotNull();
    });
    read(RunKind.DCF, DcfRequest.class).toAssumptions();
    read(RunKind.OPTION, OptionRequest.class).toAssumptions();
    read(RunKind.MNA, MnaRequest.class).toAssumptions();
    read(RunKind.REAL_OPTION, RealOptionRequest.class).toAssumptions();
  }

  @Test
  void theLboExampleIsTheIssuesWorkedExample() {
    LboRequest example = read(RunKind.LBO, LboRequest.class);

    assertThat(LboEngine.DEFAULT.value(example.toAssumptions()).irr()).isCloseTo(WORKED_IRR, within(IRR_ROUNDING));
  }

  @Test
  void aKindWithoutAnExampleStartsEmpty() {
    assertThat(ScenarioExamples.inputs(RunKind.MONTE_CARLO_DCF)).isEqualTo("{}");
  }
}
