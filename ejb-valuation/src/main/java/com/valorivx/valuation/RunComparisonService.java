package com.valorivx.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Compares stored runs of the caller's tenant field by field (inputs and results). */
@Stateless
public class RunComparisonService {

  /** Fewest runs a comparison takes. */
  public static final int MIN_RUNS = 2;

  /** Most runs a comparison takes. */
  public static final int MAX_RUNS = 10;

  @Inject
  ValuationService valuations;

  /**
   * Compares the runs listed in {@code ids} (comma-separated UUIDs, 2 to 10, no repeats); a
   * malformed list is rejected naming {@code ids}, an id that is not a run of the caller's tenant
   * is a {@link RecordNotFoundException}.
   */
  public RunComparison compare(Caller caller, String ids) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST, Role.VIEWER);
    List<StoredRun> runs = new ArrayList<>();
    for (UUID id : parseIds(ids)) {
      runs.add(valuations.find(caller, id)
          .orElseThrow(() -> new RecordNotFoundException("No valuation run " + id + " in your tenant.")));
    }
    List<JsonObject> documents = runs.stream()
        .map(run -> Json.createObjectBuilder()
            .add("inputs", parse(run.inputsJson()))
            .add("result", parse(run.resultJson()))
            .build())
        .toList();
    return new RunComparison(runs, RunDiff.differences(documents));
  }

  /** The ids of {@code ids}, in order; throws naming {@code ids} unless they are 2 to 10 distinct UUIDs. */
  static List<UUID> parseIds(String ids) {
    if (ids == null || ids.isBlank()) {
      throw invalid("is required: " + MIN_RUNS + " to " + MAX_RUNS + " run ids separated by commas");
    }
    Set<UUID> parsed = new LinkedHashSet<>();
    for (String part : ids.split(",", -1)) {
      UUID id;
      try {
        id = UUID.fromString(part.strip());
      } catch (IllegalArgumentException notAUuid) {
        throw invalid("must be run ids (UUIDs) separated by commas; '" + part.strip() + "' is not one");
      }
      if (!parsed.add(id)) {
        throw invalid("names run " + id + " twice");
      }
    }
    if (parsed.size() < MIN_RUNS || parsed.size() > MAX_RUNS) {
      throw invalid("must name " + MIN_RUNS + " to " + MAX_RUNS + " runs, named " + parsed.size());
    }
    return List.copyOf(parsed);
  }

  private static InvalidAssumptionsException invalid(String message) {
    return new InvalidAssumptionsException("ids", message);
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
