package com.valorivx.engine.sensitivity;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.dcf.DcfAssumptions;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tornado request: the base DCF and the swings the caller chose. Every input of the base that
 * the caller does not name is swung by its {@link TornadoInput#defaultSwing() default}; a swing of
 * 0 leaves the input out. Swings are non-negative: at most 1 for {@link SwingKind#ABSOLUTE}
 * inputs (rates) and at most {@value #MAX_RELATIVE_SWING} for {@link SwingKind#RELATIVE} ones. A swing
 * for an input the base does not have (a terminal growth on an exit-multiple base) is rejected,
 * named {@code swings.<key>}.
 */
public record TornadoAssumptions(DcfAssumptions base, Map<TornadoInput, Double> swings) {

  /** Largest relative swing (1,000 %). */
  public static final double MAX_RELATIVE_SWING = 10;

  public TornadoAssumptions {
    Objects.requireNonNull(base, "base");
    swings = swings == null ? Map.of() : Map.copyOf(swings);
    Checks checks = Checks.start();
    for (Map.Entry<TornadoInput, Double> swing : swings.entrySet()) {
      TornadoInput input = swing.getKey();
      String field = "swings." + input.key();
      if (!checks.finite(swing.getValue(), field)) {
        continue;
      }
      double value = swing.getValue();
      double max = input.kind() == SwingKind.ABSOLUTE ? 1 : MAX_RELATIVE_SWING;
      checks.require(value >= 0 && value <= max, field, () -> "must be between 0 and " + max + " ("
          + (input.kind() == SwingKind.ABSOLUTE ? "an absolute change, 0.01 = one percentage point"
              : "a share of the input, 0.10 = 10%") + "), was " + value);
      checks.require(input.appliesTo(base), field, () -> "does not apply: the base DCF has no " + input.label().toLowerCase());
    }
    checks.throwIfAny();
  }

  /** Every input that will be swung, in {@link TornadoInput} order, with its swing (given or default). */
  public Map<TornadoInput, Double> resolvedSwings() {
    Map<TornadoInput, Double> resolved = new LinkedHashMap<>();
    Map<TornadoInput, Double> given = swings.isEmpty() ? Map.of() : new EnumMap<>(swings);
    for (TornadoInput input : TornadoInput.values()) {
      if (input.appliesTo(base)) {
        double swing = given.getOrDefault(input, input.defaultSwing());
        if (swing > 0) {
          resolved.put(input, swing);
        }
      }
    }
    return resolved;
  }
}
