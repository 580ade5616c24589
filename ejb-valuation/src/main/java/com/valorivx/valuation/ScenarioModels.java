package com.valorivx.valuation;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The models a scenario can hold, in one table: for each run kind, the request record its inputs
 * are read into, the check that refuses impossible inputs, and the service call that runs it
 * exactly as the model's own endpoint does. A new model adds one line to {@link #register()}.
 */
@ApplicationScoped
public class ScenarioModels {

  /** Prefix of every field error about a scenario's inputs, so callers see where the field sits. */
  public static final String INPUTS = "inputs";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject
  ValuationService valuations;

  @Inject
  LboService lbos;

  @Inject
  MnaService mergers;

  @Inject
  RealOptionService realOptions;

  private final Map<RunKind, Model<?>> models = new EnumMap<>(RunKind.class);

  /** How one model reads, checks and runs a scenario's inputs. */
  private record Model<R>(Class<R> requestType, Consumer<R> check, BiFunction<Caller, R, UUID> run) {
  }

  @PostConstruct
  void register() {
    models.put(RunKind.DCF, new Model<>(DcfRequest.class, DcfRequest::toAssumptions,
        (caller, request) -> valuations.valueDcf(caller, request).id()));
    models.put(RunKind.OPTION, new Model<>(OptionRequest.class, OptionRequest::toAssumptions,
        (caller, request) -> valuations.valueOption(caller, request).id()));
    models.put(RunKind.LBO, new Model<>(LboRequest.class, LboRequest::toAssumptions,
        (caller, request) -> lbos.value(caller, request).id()));
    models.put(RunKind.MNA, new Model<>(MnaRequest.class, MnaRequest::toAssumptions,
        (caller, request) -> mergers.accretionDilution(caller, request).id()));
    models.put(RunKind.REAL_OPTION, new Model<>(RealOptionRequest.class, RealOptionRequest::toAssumptions,
        (caller, request) -> realOptions.value(caller, request).id()));
  }

  /** The kinds a scenario may hold today. */
  public Set<RunKind> supported() {
    return models.keySet();
  }

  /**
   * Reads {@code inputs} as the request of {@code kind} and checks them as the model would;
   * throws every bad field at once, each named under {@code inputs.}.
   */
  public void check(RunKind kind, JsonObject inputs) {
    check(model(kind), inputs);
  }

  /** Runs the model on {@code inputs}, named {@code runName} unless the inputs name the run; answers the run id. */
  public UUID run(Caller caller, RunKind kind, JsonObject inputs, String runName) {
    return run(model(kind), caller, withName(inputs, runName));
  }

  private Model<?> model(RunKind kind) {
    return Optional.ofNullable(models.get(kind)).orElseThrow(() -> new InvalidAssumptionsException("kind",
        "scenarios of kind " + kind + " are not supported yet; supported: " + supported()));
  }

  private static <R> void check(Model<R> model, JsonObject inputs) {
    R request = read(model.requestType(), inputs);
    try {
      model.check().accept(request);
    } catch (InvalidAssumptionsException e) {
      throw new InvalidAssumptionsException(e.errors().stream()
          .map(error -> new FieldError(INPUTS + "." + error.field(), error.message()))
          .toList());
    }
  }

  private static <R> UUID run(Model<R> model, Caller caller, JsonObject inputs) {
    return model.run().apply(caller, read(model.requestType(), inputs));
  }

  private static <R> R read(Class<R> type, JsonObject inputs) {
    try {
      return JSON.fromJson(inputs.toString(), type);
    } catch (JsonbException e) {
      throw new InvalidAssumptionsException(INPUTS, "do not fit a " + type.getSimpleName() + ": "
          + Optional.ofNullable(e.getCause()).map(Throwable::getMessage).orElse(e.getMessage()));
    }
  }

  private static JsonObject withName(JsonObject inputs, String runName) {
    JsonValue given = inputs.get("name");
    if (runName == null || (given != null && given.getValueType() != JsonValue.ValueType.NULL)) {
      return inputs;
    }
    return Json.createObjectBuilder(inputs).add("name", runName).build();
  }
}
