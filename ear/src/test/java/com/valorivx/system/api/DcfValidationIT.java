package com.valorivx.system.api;

import static com.valorivx.system.api.DcfExamples.DCF;
import static com.valorivx.system.api.DcfExamples.RUNS;
import static com.valorivx.system.api.DcfExamples.gordon;
import static com.valorivx.system.api.DcfExamples.with;
import static com.valorivx.system.api.DcfExamples.without;
import static com.valorivx.system.api.DcfExamples.workedExample;
import static com.valorivx.system.api.Problems.assertProblem;
import static com.valorivx.system.api.Problems.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a DCF request is refused: a 400 {@code application/problem+json} naming the field,
 * never a 500 and never a number made up from impossible inputs.
 */
class DcfValidationIT {

  private final ApiClient admin = ApiClient.asAdmin();

  static Stream<Arguments> rejectedRequests() {
    JsonObject example = workedExample();
    return Stream.of(
        Arguments.of("growth equal to the discount rate", with(example, "terminal", gordon(0.10)), "terminal.growth"),
        Arguments.of("growth above the discount rate", with(example, "terminal", gordon(0.12)), "terminal.growth"),
        Arguments.of("no cash flows", with(example, "freeCashFlows", Json.createArrayBuilder().build()), "freeCashFlows"),
        Arguments.of("both cash-flow sources", with(example, "projection", projection(5)), "freeCashFlows"),
        Arguments.of("neither cash-flow source", without(example, "freeCashFlows"), "freeCashFlows"),
        Arguments.of("no shares", with(example, "sharesOutstanding", 0), "sharesOutstanding"),
        Arguments.of("negative shares", with(example, "sharesOutstanding", -100), "sharesOutstanding"),
        Arguments.of("a 51-year projection", with(without(example, "freeCashFlows"), "projection", projection(51)),
            "projection.years"),
        Arguments.of("51 years of cash flows", with(example, "freeCashFlows", flows(51)), "freeCashFlows"),
        Arguments.of("a discount rate in percent", with(example, "discountRate", 8.5), "discountRate"),
        Arguments.of("both discount-rate sources", with(example, "wacc", Json.createObjectBuilder()
            .add("costOfEquity", 0.1).add("preTaxCostOfDebt", 0.05).add("taxRate", 0.25).add("equityWeight", 0.6)
            .build()), "discountRate"),
        Arguments.of("no terminal value", without(example, "terminal"), "terminal.method"),
        Arguments.of("an unknown terminal method", with(example, "terminal",
            Json.createObjectBuilder().add("method", "PERPETUITY").build()), "terminal.method"),
        Arguments.of("no shares given", without(example, "sharesOutstanding"), "sharesOutstanding"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedRequests")
  void isRejectedNamingTheField(String why, JsonObject request, String field) {
    assertRejects(admin.post(DCF, request), field);
  }

  @Test
  void infinityIsRejectedNamingTheField() {
    // JSON has no NaN or Infinity, but 1e999 overflows a double to Infinity when it is read.
    String example = workedExample().toString();
    String rate = example.replaceFirst("\"discountRate\":[0-9.]+", "\"discountRate\":1e999");
    String flow = example.replace("133.1", "-1e999");
    assertThat(rate).isNotEqualTo(example);
    assertThat(flow).isNotEqualTo(example);

    assertRejects(admin.post(DCF, rate), "discountRate");
    assertRejects(admin.post(DCF, flow), "freeCashFlows[3]");
  }

  @Test
  void textWhereANumberBelongsIs400NamingTheField() {
    assertRejects(admin.post(DCF, "{\"discountRate\":\"abc\"}"), "discountRate");
  }

  @Test
  void malformedJsonIs400SayingWhatCouldNotBeRead() {
    String truncated = workedExample().toString();
    truncated = truncated.substring(0, truncated.length() / 2);

    JsonObject problem = assertProblem(admin.post(DCF, truncated), 400);
    assertThat(problem.getString("detail")).containsIgnoringCase("JSON");
    assertProblem(admin.post(DCF, "not json at all"), 400);
    assertProblem(admin.post(DCF, "[1, 2, 3]"), 400);
  }

  @Test
  void aMissingBodyIs400() {
    assertProblem(admin.send("POST", DCF, "application/json", ""), 400);
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    assertProblem(admin.send("POST", DCF, "text/plain", workedExample().toString()), 415);
  }

  @Test
  void allErrorsComeBackAtOnce() {
    JsonObject threeWrong = without(with(with(workedExample(), "discountRate", 8.5),
        "freeCashFlows", Json.createArrayBuilder().build()), "sharesOutstanding");

    JsonObject problem = assertProblem(admin.post(DCF, threeWrong), 400);
    assertThat(Problems.fields(problem)).contains("discountRate", "freeCashFlows", "sharesOutstanding");
  }

  @Test
  void badListingParametersAre400NamingTheParameter() {
    assertRejects(admin.get(RUNS + "?kind=SWAPTION"), "kind");
    assertRejects(admin.get(RUNS + "?page=-1"), "page");
    assertRejects(admin.get(RUNS + "?page=first"), "page");
    assertRejects(admin.get(RUNS + "?size=0"), "size");
    assertRejects(admin.get(RUNS + "?size=101"), "size");
    assertRejects(admin.get(RUNS + "?size=ten"), "size");
  }

  @Test
  void refusedRequestsStoreNoRun() {
    long before = total();
    admin.post(DCF, with(workedExample(), "terminal", gordon(0.10)));
    admin.post(DCF, "{\"discountRate\":\"abc\"}");

    assertThat(total()).isEqualTo(before);
  }

  private long total() {
    ApiResponse page = admin.get(RUNS + "?size=1");
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    return page.json().getJsonNumber("total").longValue();
  }

  private static JsonObject projection(int years) {
    return Json.createObjectBuilder()
        .add("baseRevenue", 1000).add("years", years).add("revenueGrowth", 0.05).add("ebitMargin", 0.2)
        .add("taxRate", 0.25).add("salesToCapital", 2)
        .build();
  }

  private static JsonArray flows(int years) {
    JsonArrayBuilder flows = Json.createArrayBuilder();
    IntStream.rangeClosed(1, years).forEach(year -> flows.add(100));
    return flows.build();
  }
}
