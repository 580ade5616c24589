package com.valorivx.api.valuation;

import com.valorivx.valuation.RunComparison;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * Answer to {@code GET /api/v1/valuations/compare}: the runs in the order asked for, and every
 * path of their inputs or results whose values differ, one value per run (null where a run lacks it).
 */
public record RunComparisonResponse(List<RunResponse> runs, List<Difference> differences) {

  /** One differing path, e.g. {@code inputs.projection.revenueGrowth[2]} or {@code result.enterpriseValue}. */
  public record Difference(String path, JsonArray values) {
  }

  static RunComparisonResponse of(RunComparison comparison) {
    return new RunComparisonResponse(comparison.runs().stream().map(RunResponse::of).toList(),
        comparison.differences().stream().map(difference -> {
          JsonArrayBuilder values = Json.createArrayBuilder();
          difference.values().forEach(values::add);
          return new Difference(difference.path(), values.build());
        }).toList());
  }
}
