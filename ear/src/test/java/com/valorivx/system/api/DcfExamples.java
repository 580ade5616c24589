package com.valorivx.system.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * DCF request bodies the API tests share, built around the worked example: free cash
 * flow 100 growing 10 % a year for 5 years, discount rate 10 %, Gordon growth 3 %, net debt 200,
 * 100 shares.
 */
final class DcfExamples {

  /** Agreement expected with the worked example's figures, which are given to the cent. */
  static final double TOLERANCE = 0.005;

  static final String DCF = "/api/v1/valuations/dcf";
  static final String SENSITIVITY = "/api/v1/valuations/dcf/sensitivity";
  static final String RUNS = "/api/v1/valuations";

  /*
   * The worked example, checked by hand. The flows grow at the discount rate, so every
   * year is worth the same today: 100/1.1 = 110/1.1² = ... = 90.909, five of them 454.545.
   * TV_5 = 146.41 × 1.03 / (0.10 − 0.03) = 150.8023 / 0.07 = 2154.318; PV = 2154.318 / 1.1⁵
   * = 2154.318 / 1.61051 = 1337.662. EV = 454.545 + 1337.662 = 1792.208; equity = EV − 200 =
   * 1592.208; per share 15.922.
   */
  static final double WORKED_TERMINAL_VALUE = 2154.32;
  static final double WORKED_ENTERPRISE_VALUE = 1792.21;
  static final double WORKED_EQUITY_VALUE = 1592.21;
  static final double WORKED_VALUE_PER_SHARE = 15.92;
  /** Σ PV of the five flows, 5 × 100/1.1 (see above). */
  static final double WORKED_SUM_OF_PRESENT_VALUES = 5 * 100 / 1.1;

  private DcfExamples() {
  }

  /** The worked example as a request body. */
  static JsonObject workedExample() {
    return Json.createObjectBuilder()
        .add("name", "Worked example")
        .add("freeCashFlows", Json.createArrayBuilder().add(100).add(110).add(121).add(133.1).add(146.41))
        .add("discountRate", 0.10)
        .add("terminal", Json.createObjectBuilder().add("method", "GORDON").add("growth", 0.03))
        .add("netDebt", 200)
        .add("sharesOutstanding", 100)
        .build();
  }

  /** {@code body} with {@code field} set to {@code value} (added or replaced). */
  static JsonObject with(JsonObject body, String field, JsonValue value) {
    return Json.createObjectBuilder(body).add(field, value).build();
  }

  static JsonObject with(JsonObject body, String field, double value) {
    return with(body, field, Json.createValue(value));
  }

  /** {@code body} without {@code field}. */
  static JsonObject without(JsonObject body, String field) {
    return Json.createObjectBuilder(body).remove(field).build();
  }

  /** A terminal value at {@code multiple} × {@code terminalEbitda}. */
  static JsonObject exitMultiple(double multiple, double terminalEbitda) {
    return Json.createObjectBuilder()
        .add("method", "EXIT_MULTIPLE").add("multiple", multiple).add("terminalEbitda", terminalEbitda).build();
  }

  /** A Gordon terminal value growing at {@code growth}. */
  static JsonObject gordon(double growth) {
    return Json.createObjectBuilder().add("method", "GORDON").add("growth", growth).build();
  }
}
