package com.valorivx.system.api;

import static com.valorivx.system.api.DcfExamples.DCF;
import static com.valorivx.system.api.DcfExamples.RUNS;
import static com.valorivx.system.api.DcfExamples.TOLERANCE;
import static com.valorivx.system.api.DcfExamples.with;
import static com.valorivx.system.api.DcfExamples.workedExample;
import static com.valorivx.system.api.Problems.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/valuations/dcf/tornado}: one-at-a-time swings around the worked DCF, widest bar first. */
class TornadoIT {

  private static final String TORNADO = "/api/v1/valuations/dcf/tornado";

  private final ApiClient admin = ApiClient.asAdmin();

  private static JsonObject request(JsonObject base, JsonObject swings) {
    return Json.createObjectBuilder().add("base", base).add("swings", swings).build();
  }

  private JsonObject tornado(JsonObject body) {
    ApiResponse response = admin.post(TORNADO, body);
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  private static JsonObject bar(JsonObject tornado, String input) {
    return tornado.getJsonArray("bars").getValuesAs(JsonObject.class).stream()
        .filter(b -> b.getString("input").equals(input)).findFirst().orElseThrow();
  }

  @Test
  void theBaseIsTheWorkedExampleAndBarsAreSortedWidestFirst() {
    JsonObject tornado = tornado(request(workedExample(), JsonValue.EMPTY_JSON_OBJECT));

    assertThat(tornado.getJsonNumber("baseEnterpriseValue").doubleValue())
        .isCloseTo(DcfExamples.WORKED_ENTERPRISE_VALUE, within(TOLERANCE));
    assertThat(tornado.getJsonNumber("baseValuePerShare").doubleValue())
        .isCloseTo(DcfExamples.WORKED_VALUE_PER_SHARE, within(TOLERANCE));
    List<JsonObject> bars = tornado.getJsonArray("bars").getValuesAs(JsonObject.class);
    assertThat(bars).extracting(b -> b.getString("input"))
        .containsExactlyInAnyOrder("discountRate", "terminal.growth", "freeCashFlows", "netDebt");
    List<Double> spreads = bars.stream().map(b -> b.getJsonNumber("valuePerShareSpread").doubleValue()).toList();
    assertThat(spreads).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(bars.get(0).getString("input")).isEqualTo("discountRate");
  }

  @Test
  void eachSideEqualsASingleRunWithThatInputChanged() {
    JsonObject tornado = tornado(request(workedExample(), Json.createObjectBuilder().add("discountRate", 0.02).build()));

    JsonObject rate = bar(tornado, "discountRate");
    assertThat(rate.getJsonObject("high").getJsonNumber("inputValue").doubleValue()).isCloseTo(0.12, within(1e-12));
    ApiResponse single = admin.post(DCF, with(workedExample(), "discountRate", 0.12));
    assertThat(single.status()).as("%s", single).isEqualTo(201);
    assertThat(rate.getJsonObject("high").getJsonNumber("enterpriseValue").doubleValue())
        .isCloseTo(single.json().getJsonNumber("enterpriseValue").doubleValue(), within(1e-9));
    assertThat(rate.getJsonObject("low").getJsonNumber("valuePerShare").doubleValue())
        .isGreaterThan(tornado.getJsonNumber("baseValuePerShare").doubleValue());
  }

  @Test
  void aSwingPastTheGrowthIsAnInvalidSideWithItsReasonNotAnError() {
    JsonObject tornado = tornado(request(workedExample(), Json.createObjectBuilder().add("discountRate", 0.08).build()));

    JsonObject low = bar(tornado, "discountRate").getJsonObject("low");
    assertThat(bar(tornado, "discountRate").getBoolean("invalid")).isTrue();
    assertThat(low.getBoolean("invalid")).isTrue();
    assertThat(low.containsKey("enterpriseValue")).isFalse();
    assertThat(low.getString("invalidReason")).contains("terminal.growth");
  }

  @Test
  void storesNoRun() {
    long before = admin.get(RUNS + "?size=1").json().getJsonNumber("total").longValue();

    tornado(request(workedExample(), JsonValue.EMPTY_JSON_OBJECT));

    assertThat(admin.get(RUNS + "?size=1").json().getJsonNumber("total").longValue()).isEqualTo(before);
  }

  @Test
  void badSwingsAndBadBaseAreRejectedByField() {
    assertRejects(admin.post(TORNADO, request(workedExample(), Json.createObjectBuilder().add("terminal.multiple", 0.1).build())),
        "swings.terminal.multiple");
    assertRejects(admin.post(TORNADO, request(workedExample(), Json.createObjectBuilder().add("discountRate", -0.01).build())),
        "swings.discountRate");
    assertRejects(admin.post(TORNADO, request(with(workedExample(), "sharesOutstanding", 0), JsonValue.EMPTY_JSON_OBJECT)),
        "sharesOutstanding");
    assertRejects(admin.post(TORNADO, "{}"), "base");
  }
}
