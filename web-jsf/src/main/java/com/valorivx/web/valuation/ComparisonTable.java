package com.valorivx.web.valuation;

import com.valorivx.valuation.RunComparison;
import com.valorivx.valuation.RunDiff;
import com.valorivx.valuation.StoredRun;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs side by side as the compare page shows them: one column per run, one row per field path of
 * any run's inputs or result, the rows whose values differ flagged.
 */
public record ComparisonTable(List<RunRow> runs, List<Row> rows, int differing) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Shown where a run lacks the field. */
  static final String ABSENT = "—";

  /** One field across the runs. */
  public record Row(String path, List<String> values, boolean differs) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  static ComparisonTable of(RunComparison comparison) {
    List<Map<String, JsonValue>> flat = comparison.runs().stream().map(ComparisonTable::flatten).toList();
    Set<String> differing = comparison.differences().stream().map(RunDiff.Difference::path)
        .collect(Collectors.toSet());
    Set<String> paths = new LinkedHashSet<>();
    flat.forEach(fields -> paths.addAll(fields.keySet()));
    List<Row> rows = paths.stream()
        .map(path -> new Row(path, flat.stream().map(fields -> text(fields.get(path))).toList(),
            differing.contains(path)))
        .toList();
    return new ComparisonTable(comparison.runs().stream().map(RunRow::of).toList(), rows, differing.size());
  }

  private static Map<String, JsonValue> flatten(StoredRun run) {
    return RunDiff.flatten(Json.createObjectBuilder()
        .add("inputs", parse(run.inputsJson()))
        .add("result", parse(run.resultJson()))
        .build());
  }

  private static String text(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return ABSENT;
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
