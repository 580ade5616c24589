package com.valorivx.web.valuation;

import com.valorivx.valuation.RunKind;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** Starting inputs for a new scenario of each model: the examples the model pages start from. */
final class ScenarioExamples {

  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

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

  private ScenarioExamples() {
  }

  /** Without a name of its own, a scenario's runs are named after the scenario. */
  private static DcfForm unnamed(DcfForm form) {
    form.setName(null);
    return form;
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

  static String inputs(RunKind kind) {
    return switch (kind) {
      case DCF -> JSON.toJson(unnamed(new DcfForm()).toRequest());
      case OPTION -> HULL_CALL;
      default -> "{}";
    };
  }
}
