package com.valorivx.web.valuation;

import com.valorivx.valuation.RunKind;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Supplier;

/** Starting inputs for a new scenario of each model: the examples the model pages start from. */
final class ScenarioExamples {

  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private static final Jsonb JSON = JsonbBuilder.create();

  /** Hull, Options, Futures, and Other Derivatives (8th ed.), Example 15.6. */
  private static final String HULL_CALL = """
      {
        "type": "CALL",
        "style": "EUROPEAN",
        "method": "BLACK_SCHOLES",
        "spot": 42,
        "strike": 40,
        "maturityYears": 0.5,
        "riskFreeRate": 0.1,
        "volatility": 0.2
      }""";

  /**
   * The model pages' starting examples, as requests: the DCF page's; the LBO of issue 3 (8x on
   * EBITDA 100, debt 500 at 8 %, exit year 5 at 8x: IRR 15.78 %); the M&amp;A engine test's
   * hand-computed deal; the real-options page's abandonment example.
   */
  private static final Map<RunKind, Supplier<Object>> PAGE_EXAMPLES = Map.of(
      RunKind.DCF, () -> new DcfForm().toRequest(),
      RunKind.LBO, () -> new LboForm().toRequest(),
      RunKind.MNA, () -> new MnaForm().toRequest(),
      RunKind.REAL_OPTION, () -> new RealOptionForm().toRequest());

  private ScenarioExamples() {
  }

  /** {@code json} laid out one member a line, for editing. */
  static String pretty(String json) {
    StringWriter out = new StringWriter();
    try (JsonReader reader = Json.createReader(new StringReader(json));
        JsonWriter writer = PRETTY.createWriter(out)) {
      writer.write(reader.read());
    }
    return out.toString().strip();
  }

  /**
   * The example inputs of a new scenario of {@code kind}, without a run name (a scenario's runs are
   * named after the scenario); "{}" for a kind with no example.
   */
  static String inputs(RunKind kind) {
    if (kind == RunKind.OPTION) {
      return HULL_CALL;
    }
    Supplier<Object> example = PAGE_EXAMPLES.get(kind);
    return example == null ? "{}" : pretty(unnamed(JSON.toJson(example.get())));
  }

  private static String unnamed(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return Json.createObjectBuilder(reader.readObject()).remove("name").build().toString();
    }
  }
}
