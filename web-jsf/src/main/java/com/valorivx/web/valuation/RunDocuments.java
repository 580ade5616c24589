package com.valorivx.web.valuation;

import com.valorivx.engine.dcf.DcfValuation;
import com.valorivx.valuation.DcfRequest;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Optional;

/** Reads a stored run's JSON documents back: its inputs as a request, its result as a valuation. */
public final class RunDocuments {

  private static final Jsonb JSON = JsonbBuilder.create();

  private RunDocuments() {
  }

  /** A stored document read as {@code type} (a model's request or result record). */
  public static <T> T read(String json, Class<T> type) {
    return JSON.fromJson(json, type);
  }

  /** A DCF run's inputs. */
  public static DcfRequest dcfRequest(String inputsJson) {
    return read(inputsJson, DcfRequest.class);
  }

  /** A DCF run's stored result. */
  public static DcfValuation dcfValuation(String resultJson) {
    return read(resultJson, DcfValuation.class);
  }

  /**
   * The number at a dotted path ({@code irr}, {@code percentiles.p5}) of a result document, when it
   * has one there (not every model has every figure).
   */
  public static Optional<Double> number(String resultJson, String path) {
    if (resultJson == null || resultJson.isBlank()) {
      return Optional.empty();
    }
    try (var reader = Json.createReader(new StringReader(resultJson))) {
      JsonValue value = reader.readValue();
      for (String member : path.split("\\.")) {
        if (!(value instanceof JsonObject object)) {
          return Optional.empty();
        }
        value = object.get(member);
      }
      return value instanceof JsonNumber number ? Optional.of(number.doubleValue()) : Optional.empty();
    } catch (JsonParsingException e) {
      return Optional.empty();
    }
  }
}
