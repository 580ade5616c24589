package com.valorivx.web.valuation;

import com.valorivx.engine.dcf.DcfValuation;
import com.valorivx.valuation.DcfRequest;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.Optional;

/** Reads a stored run's JSON documents back: its inputs as a request, its result as a valuation. */
public final class RunDocuments {

  private static final Jsonb JSON = JsonbBuilder.create();

  private RunDocuments() {
  }

  /** A DCF run's inputs. */
  public static DcfRequest dcfRequest(String inputsJson) {
    return JSON.fromJson(inputsJson, DcfRequest.class);
  }

  /** A DCF run's stored result. */
  public static DcfValuation dcfValuation(String resultJson) {
    return JSON.fromJson(resultJson, DcfValuation.class);
  }

  /** A top-level number of a result document, when it has one (not every model has every figure). */
  public static Optional<Double> number(String resultJson, String name) {
    if (resultJson == null || resultJson.isBlank()) {
      return Optional.empty();
    }
    try (var reader = Json.createReader(new StringReader(resultJson))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object && object.get(name) instanceof JsonNumber number) {
        return Optional.of(number.doubleValue());
      }
      return Optional.empty();
    }
  }
}
