package com.valorivx.valuation;

import com.valorivx.audit.Audited;
import com.valorivx.governance.Feature;
import com.valorivx.governance.PlanService;
import com.valorivx.engine.common.Checks;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.persistence.scenario.Scenario;
import com.valorivx.persistence.scenario.ScenarioRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Named scenarios of a tenant's models (base, bull, bear, ...): save, list, open, edit under an
 * optimistic lock, delete, duplicate, run, and export to / import from a self-describing JSON
 * document. A scenario's inputs are the model's request exactly as its endpoint takes it, checked
 * by the model when saved, so a scenario that could not be valued is never stored.
 */
@Stateless
public class ScenarioService {

  @Inject
  PlanService plans;

  /** Longest scenario name kept. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The {@code format} of an exported scenario document. */
  public static final String EXPORT_FORMAT = "valor-ivx/scenario";

  /** The {@code formatVersion} written by export and the only one import reads. */
  public static final int EXPORT_FORMAT_VERSION = 1;

  /** How many {@code " (n)"} suffixes an import tries before it gives up on a clashing name. */
  static final int MAX_IMPORT_SUFFIX = 1000;

  @Inject
  ScenarioRepository scenarios;

  @Inject
  ScenarioModels models;

  @Inject
  ValuationService valuations;

  /** The kinds of model a scenario may hold, in {@link RunKind} order. */
  public List<RunKind> kinds() {
    return models.supported().stream().sorted().toList();
  }

  /** Saves a new scenario after the model has checked its inputs; 409 when the name is taken for that model. */
  @Audited("scenario.create")
  public ScenarioView save(Caller caller, String name, String kind, String inputsJson) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.SCENARIOS);
    Checks checks = Checks.start();
    String checkedName = checkName(checks, name);
    RunKind runKind = checkKind(checks, kind);
    JsonObject inputs = checkInputs(checks, inputsJson, runKind);
    checks.throwIfAny();
    if (scenarios.nameTaken(caller.tenant(), runKind.name(), checkedName, null)) {
      throw new ScenarioConflictException("Your tenant already has a " + runKind + " scenario named '"
          + checkedName + "'; choose another name.");
    }
    return create(caller, runKind, checkedName, inputs);
  }

  /** The tenant's scenarios by name; {@code kind} null or blank lists every kind. */
  public ScenarioPage list(Caller caller, String kind, int page, int size) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST, Role.VIEWER);
    Checks checks = Checks.start()
        .require(page >= 0, "page", "must not be negative")
        .require(size >= 1 && size <= ValuationService.MAX_PAGE_SIZE, "size",
            "must be between 1 and " + ValuationService.MAX_PAGE_SIZE)
        .require((long) page * size <= Integer.MAX_VALUE, "page", "is beyond the last possible page");
    RunKind runKind = kind == null || kind.isBlank() ? null : parseKind(checks, kind);
    checks.throwIfAny();
    var found = scenarios.list(caller.tenant(), runKind == null ? null : runKind.name(), page, size);
    return new ScenarioPage(found.items().stream().map(ScenarioService::view).toList(), page, size, found.total());
  }

  public Optional<ScenarioView> find(Caller caller, UUID id) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST, Role.VIEWER);
    return scenarios.find(caller.tenant(), id).map(ScenarioService::view);
  }

  /**
   * Renames the scenario and/or replaces its inputs (either may be null to keep it) when
   * {@code version} is the one stored; a stale version, or a concurrent edit that won the race,
   * is a {@link ScenarioConflictException} and changes nothing.
   */
  @Audited("scenario.update")
  public ScenarioView update(Caller caller, UUID id, String name, String inputsJson, Long version) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.SCENARIOS);
    Scenario scenario = load(caller, id);
    RunKind kind = RunKind.valueOf(scenario.getKind());
    Checks checks = Checks.start().require(version != null, "version", "is required: the version you edited");
    String newName = name == null ? scenario.getName() : checkName(checks, name);
    JsonObject inputs = inputsJson == null ? null : checkInputs(checks, inputsJson, kind);
    checks.throwIfAny();
    if (version != scenario.getVersion()) {
      throw stale(scenario.getName(), version, scenario.getVersion());
    }
    if (scenarios.nameTaken(caller.tenant(), kind.name(), newName, id)) {
      throw new ScenarioConflictException("Your tenant already has a " + kind + " scenario named '" + newName + "'.");
    }
    scenario.revise(newName, inputs == null ? scenario.getInputsJson() : inputs.toString(), caller.username(), now());
    try {
      scenarios.flush();
    } catch (PersistenceException e) {
      if (!isOptimisticLock(e)) {
        throw e;
      }
      throw new ScenarioConflictException("Scenario '" + scenario.getName() + "' was changed by someone else while "
          + "you saved; nothing was changed. Reload it and apply your edit again.");
    }
    return view(scenario);
  }

  @Audited("scenario.delete")
  public void delete(Caller caller, UUID id) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    scenarios.remove(load(caller, id));
  }

  /** A copy of the scenario under {@code newName}, at version 1. */
  @Audited("scenario.duplicate")
  public ScenarioView duplicate(Caller caller, UUID id, String newName) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    ScenarioView source = find(caller, id).orElseThrow(() -> notFound(id));
    return save(caller, newName, source.kind().name(), source.inputsJson());
  }

  /**
   * Runs the scenario's model on its inputs exactly as the model's endpoint would (charged,
   * stored as a run); the run is named after the scenario unless its inputs name it.
   */
  public ScenarioRun run(Caller caller, UUID id) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.SCENARIOS);
    ScenarioView scenario = find(caller, id).orElseThrow(() -> notFound(id));
    JsonObject inputs = parse(scenario.inputsJson());
    models.check(scenario.kind(), inputs);
    UUID runId = models.run(caller, scenario.kind(), inputs, scenario.name());
    StoredRun run = valuations.find(caller, runId).orElseThrow();
    return new ScenarioRun(runId, scenario.kind(), run.resultJson());
  }

  /** The scenario as a self-describing document that {@link #importScenario} reads back. */
  public String export(Caller caller, UUID id) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST, Role.VIEWER);
    ScenarioView scenario = find(caller, id).orElseThrow(() -> notFound(id));
    return Json.createObjectBuilder()
        .add("format", EXPORT_FORMAT)
        .add("formatVersion", EXPORT_FORMAT_VERSION)
        .add("exportedAt", now().toString())
        .add("kind", scenario.kind().name())
        .add("name", scenario.name())
        .add("inputs", parse(scenario.inputsJson()))
        .build()
        .toString();
  }

  /**
   * Saves an exported document as a new scenario of the caller's tenant. A name the tenant
   * already uses for that model gets the first free suffix {@code " (2)"}, {@code " (3)"}, ...
   */
  @Audited("scenario.import")
  public ScenarioView importScenario(Caller caller, String documentJson) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    plans.requireFeature(caller, Feature.SCENARIOS);
    Checks checks = Checks.start();
    JsonObject document = checks.attempt(() -> parseObject(documentJson, "document"));
    checks.throwIfAny();
    checks.require(EXPORT_FORMAT.equals(text(document, "format")), "format", "must be '" + EXPORT_FORMAT + "'");
    JsonValue formatVersion = document.get("formatVersion");
    checks.require(formatVersion instanceof JsonNumber number && number.isIntegral()
        && number.longValue() == EXPORT_FORMAT_VERSION, "formatVersion", "must be " + EXPORT_FORMAT_VERSION);
    String name = checkName(checks, text(document, "name"));
    RunKind kind = checkKind(checks, text(document, "kind"));
    JsonValue inputs = document.get("inputs");
    JsonObject checkedInputs = null;
    if (!(inputs instanceof JsonObject)) {
      checks.reject(ScenarioModels.INPUTS, "is required: the model's request as a JSON object");
    } else if (kind != null) {
      checkedInputs = checks.attempt(() -> {
        models.check(kind, inputs.asJsonObject());
        return inputs.asJsonObject();
      });
    }
    checks.throwIfAny();
    return create(caller, kind, freeName(caller, kind, name), checkedInputs);
  }

  private ScenarioView create(Caller caller, RunKind kind, String name, JsonObject inputs) {
    Scenario scenario = new Scenario(UUID.randomUUID(), caller.tenant().value(), kind.name(), name, inputs.toString(),
        caller.username(), now());
    scenarios.store(scenario);
    try {
      scenarios.flush();
    } catch (PersistenceException e) {
      if (!isUniqueViolation(e)) {
        throw e;
      }
      throw new ScenarioConflictException("A " + kind + " scenario named '" + name + "' was saved at the same time; "
          + "choose another name.");
    }
    return view(scenario);
  }

  private String freeName(Caller caller, RunKind kind, String name) {
    String candidate = name;
    for (int n = 2; scenarios.nameTaken(caller.tenant(), kind.name(), candidate, null); n++) {
      if (n > MAX_IMPORT_SUFFIX) {
        throw new ScenarioConflictException("Too many " + kind + " scenarios are named '" + name + "'; rename one.");
      }
      String suffix = " (" + n + ")";
      candidate = name.substring(0, Math.min(name.length(), MAX_NAME_LENGTH - suffix.length())) + suffix;
    }
    return candidate;
  }

  private Scenario load(Caller caller, UUID id) {
    return scenarios.find(caller.tenant(), id).orElseThrow(() -> notFound(id));
  }

  /** The provider reports a lost race as an {@link OptimisticLockException}, possibly as the cause of another. */
  private static boolean isOptimisticLock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  /** SQLSTATE 23505 (unique violation), as H2 and PostgreSQL both report a name taken by a concurrent save. */
  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static RecordNotFoundException notFound(UUID id) {
    return new RecordNotFoundException("No scenario " + id + " in your tenant.");
  }

  private static ScenarioConflictException stale(String name, long given, long stored) {
    return new ScenarioConflictException("Scenario '" + name + "' is at version " + stored + ", you edited version "
        + given + ": someone changed it since you opened it; nothing was changed. Reload it and apply your edit again.");
  }

  private static String checkName(Checks checks, String name) {
    String trimmed = name == null ? "" : name.strip();
    checks.require(!trimmed.isEmpty(), "name", "is required")
        .require(trimmed.length() <= MAX_NAME_LENGTH, "name", "is longer than " + MAX_NAME_LENGTH + " characters");
    return trimmed;
  }

  private RunKind checkKind(Checks checks, String kind) {
    if (kind == null || kind.isBlank()) {
      checks.reject("kind", "is required: one of " + models.supported());
      return null;
    }
    RunKind parsed = parseKind(checks, kind);
    if (parsed != null && !models.supported().contains(parsed)) {
      checks.reject("kind", "scenarios of kind " + parsed + " are not supported yet; supported: " + models.supported());
      return null;
    }
    return parsed;
  }

  private static RunKind parseKind(Checks checks, String kind) {
    try {
      return RunKind.valueOf(kind);
    } catch (IllegalArgumentException unknown) {
      checks.reject("kind", "must be one of " + Arrays.toString(RunKind.values()) + ", was " + kind);
      return null;
    }
  }

  private JsonObject checkInputs(Checks checks, String inputsJson, RunKind kind) {
    if (inputsJson == null) {
      checks.reject(ScenarioModels.INPUTS, "is required: the model's request as a JSON object");
      return null;
    }
    JsonObject inputs = checks.attempt(() -> parseObject(inputsJson, ScenarioModels.INPUTS));
    if (inputs != null && kind != null) {
      checks.attempt(() -> {
        models.check(kind, inputs);
        return inputs;
      });
    }
    return inputs;
  }

  private static JsonObject parseObject(String json, String field) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException notAnObject) {
      throw new InvalidAssumptionsException(field, "must be a JSON object");
    }
  }

  private static JsonObject parse(String json) {
    return parseObject(json, ScenarioModels.INPUTS);
  }

  private static String text(JsonObject document, String field) {
    JsonValue value = document.get(field);
    return value instanceof JsonString string ? string.getString() : null;
  }

  private static Instant now() {
    // Microsecond precision: what both databases keep, so a reread scenario equals the answer given.
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static ScenarioView view(Scenario s) {
    return new ScenarioView(s.getId(), RunKind.valueOf(s.getKind()), s.getName(), s.getInputsJson(), s.getVersion(),
        s.getCreatedBy(), s.getCreatedAt(), s.getUpdatedBy(), s.getUpdatedAt());
  }
}
