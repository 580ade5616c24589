package com.valorivx.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.valuation.RunDiff.Difference;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run diff flattens documents to API paths and lists exactly the paths whose values differ. */
class RunDiffTest {

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static JsonValue value(String text) {
    return json("{\"v\":" + text + "}").get("v");
  }

  @Test
  void flattensObjectsAndArraysToApiPaths() {
    Map<String, JsonValue> leaves = RunDiff.flatten(json("""
        {"inputs":{"projection":{"revenueGrowth":[0.1,0.08,0.06]},"midYear":false},"result":{"enterpriseValue":1792.2}}"""));

    assertThat(leaves).containsOnlyKeys("inputs.projection.revenueGrowth[0]", "inputs.projection.revenueGrowth[1]",
        "inputs.projection.revenueGrowth[2]", "inputs.midYear", "result.enterpriseValue");
    assertThat(leaves.get("inputs.projection.revenueGrowth[2]")).isEqualTo(value("0.06"));
  }

  @Test
  void listsOnlyThePathsThatDifferWithOneValuePerRun() {
    JsonObject base = json("""
        {"inputs":{"discountRate":0.10,"growth":[0.05,0.04,0.03],"name":"Base"},"result":{"enterpriseValue":1792.2}}""");
    JsonObject bull = json("""
        {"inputs":{"discountRate":0.1,"growth":[0.05,0.04,0.06],"name":"Bull"},"result":{"enterpriseValue":1950.5}}""");

    List<Difference> differences = RunDiff.differences(List.of(base, bull));

    assertThat(differences).extracting(Difference::path)
        .containsExactly("inputs.growth[2]", "inputs.name", "result.enterpriseValue");
    assertThat(differences.get(0).values()).containsExactly(value("0.03"), value("0.06"));
    assertThat(differences.get(2).values()).containsExactly(value("1792.2"), value("1950.5"));
  }

  @Test
  void aPathMissingInSomeRunsShowsNullThere() {
    JsonObject explicit = json("{\"inputs\":{\"freeCashFlows\":[100,110]}}");
    JsonObject projected = json("{\"inputs\":{\"projection\":{\"years\":2}}}");
    JsonObject longer = json("{\"inputs\":{\"freeCashFlows\":[100,110,121]}}");

    List<Difference> differences = RunDiff.differences(List.of(explicit, projected, longer));

    assertThat(differences).extracting(Difference::path).containsExactly("inputs.freeCashFlows[0]",
        "inputs.freeCashFlows[1]", "inputs.projection.years", "inputs.freeCashFlows[2]");
    assertThat(differences.get(0).values()).containsExactly(value("100"), JsonValue.NULL, value("100"));
    assertThat(differences.get(3).values()).containsExactly(JsonValue.NULL, JsonValue.NULL, value("121"));
  }

  @Test
  void identicalRunsHaveNoDifferencesAndTypesMatter() {
    JsonObject run = json("{\"inputs\":{\"a\":1,\"b\":[],\"c\":{}},\"result\":{\"x\":\"1\"}}");

    assertThat(RunDiff.differences(List.of(run, run))).isEmpty();
    assertThat(RunDiff.differences(List.of(json("{\"x\":1}"), json("{\"x\":\"1\"}"))))
        .extracting(Difference::path).containsExactly("x");
    assertThat(RunDiff.differences(List.of(json("{\"x\":[]}"), json("{\"x\":[1]}"))))
        .extracting(Difference::path).containsExactly("x", "x[0]");
  }
}
