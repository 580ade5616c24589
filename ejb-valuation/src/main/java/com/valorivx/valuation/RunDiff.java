package com.valorivx.valuation;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Field-by-field difference of JSON documents (runs' inputs and results). Each document is
 * flattened to leaf paths written as the API names fields ({@code inputs.projection.revenueGrowth[2]},
 * {@code result.enterpriseValue}); a path is listed when its values are not all equal, with one
 * value per document, {@code null} where a document lacks the path. Numbers compare by value
 * ({@code 1} equals {@code 1.0}); empty objects and arrays are leaves. Paths keep the order in
 * which they first appear, document by document. Pure and thread-safe.
 */
public final class RunDiff {

  private RunDiff() {
  }

  /** One path whose values differ, with the value of each document in order (JSON null where absent). */
  public record Difference(String path, List<JsonValue> values) {
    public Difference {
      values = List.copyOf(values);
    }
  }

  /** The paths at which {@code documents} do not all agree. */
  public static List<Difference> differences(List<JsonObject> documents) {
    List<Map<String, JsonValue>> flat = documents.stream().map(RunDiff::flatten).toList();
    Set<String> paths = new LinkedHashSet<>();
    flat.forEach(leaves -> paths.addAll(leaves.keySet()));
    List<Difference> differences = new ArrayList<>();
    for (String path : paths) {
      List<JsonValue> values = flat.stream().map(leaves -> leaves.getOrDefault(path, JsonValue.NULL)).toList();
      if (!allEqual(values)) {
        differences.add(new Difference(path, values));
      }
    }
    return differences;
  }

  /** Every leaf of {@code document} by its path, in document order. */
  public static Map<String, JsonValue> flatten(JsonObject document) {
    Map<String, JsonValue> leaves = new LinkedHashMap<>();
    flatten("", document, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonValue value, Map<String, JsonValue> leaves) {
    if (value instanceof JsonObject object && !object.isEmpty()) {
      object.forEach((key, member) -> flatten(path.isEmpty() ? key : path + "." + key, member, leaves));
    } else if (value instanceof JsonArray array && !array.isEmpty()) {
      for (int i = 0; i < array.size(); i++) {
        flatten(path + "[" + i + "]", array.get(i), leaves);
      }
    } else {
      leaves.put(path, value);
    }
  }

  private static boolean allEqual(List<JsonValue> values) {
    JsonValue first = values.get(0);
    return values.stream().allMatch(value -> same(first, value));
  }

  private static boolean same(JsonValue a, JsonValue b) {
    if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
      return x.bigDecimalValue().compareTo(y.bigDecimalValue()) == 0;
    }
    return a.equals(b);
  }
}
