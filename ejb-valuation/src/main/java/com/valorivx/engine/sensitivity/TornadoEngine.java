package com.valorivx.engine.sensitivity;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DcfEngine;
import com.valorivx.engine.dcf.DcfValuation;
import com.valorivx.engine.sensitivity.TornadoAnalysis.TornadoBar;
import com.valorivx.engine.sensitivity.TornadoAnalysis.TornadoPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One-at-a-time DCF sensitivity (a tornado). For each input x with swing Δ, the base is revalued by
 * {@link DcfEngine} with x replaced by x − Δ and x + Δ ({@link SwingKind#ABSOLUTE}) or x·(1 − Δ)
 * and x·(1 + Δ) ({@link SwingKind#RELATIVE}), every other input held at its base value; inputs
 * given per year move every year alike. A side whose input the DCF cannot value (a discount rate
 * at or below the terminal growth, a negative multiple) is reported invalid with the reason,
 * never clamped. Bars are sorted by value-per-share spread, widest first; ties keep
 * {@link TornadoInput} order. Stateless and thread-safe.
 */
public final class TornadoEngine {

  /** Stored beside results so they can be reproduced with the same maths. */
  public static final String VERSION = "tornado-1.0/" + DcfEngine.VERSION;

  public static final TornadoEngine DEFAULT = new TornadoEngine(DcfEngine.DEFAULT);

  private final DcfEngine engine;

  public TornadoEngine(DcfEngine engine) {
    this.engine = engine;
  }

  public TornadoAnalysis analyse(TornadoAssumptions assumptions) {
    DcfAssumptions base = assumptions.base();
    DcfValuation baseValuation = engine.value(base);
    List<TornadoBar> bars = new ArrayList<>();
    for (Map.Entry<TornadoInput, Double> entry : assumptions.resolvedSwings().entrySet()) {
      bars.add(bar(base, baseValuation, entry.getKey(), entry.getValue()));
    }
    bars.sort(Comparator.comparingDouble(TornadoBar::valuePerShareSpread).reversed());
    return new TornadoAnalysis(baseValuation, bars);
  }

  private TornadoBar bar(DcfAssumptions base, DcfValuation baseValuation, TornadoInput input, double swing) {
    double baseValue = input.baseValue(base);
    TornadoPoint low = point(base, input, baseValue, -swing);
    TornadoPoint high = point(base, input, baseValue, swing);
    return new TornadoBar(input, swing, baseValue, low, high,
        spread(baseValuation.valuePerShare(), low, high, TornadoPoint::valuePerShare),
        spread(baseValuation.enterpriseValue(), low, high, TornadoPoint::enterpriseValue),
        !low.valid() || !high.valid());
  }

  private TornadoPoint point(DcfAssumptions base, TornadoInput input, double baseValue, double signedSwing) {
    double inputValue = input.moved(baseValue, signedSwing);
    try {
      DcfValuation v = engine.value(input.swung(base, x -> input.moved(x, signedSwing)));
      return new TornadoPoint(inputValue, v.enterpriseValue(), v.equityValue(), v.valuePerShare(), null);
    } catch (InvalidAssumptionsException impossible) {
      return new TornadoPoint(inputValue, null, null, null, impossible.getMessage());
    }
  }

  private static double spread(double baseValue, TornadoPoint low, TornadoPoint high,
      ToDoubleFunction<TornadoPoint> value) {
    if (!low.valid() && !high.valid()) {
      return 0;
    }
    double min = baseValue;
    double max = baseValue;
    for (TornadoPoint side : List.of(low, high)) {
      if (side.valid()) {
        min = Math.min(min, value.applyAsDouble(side));
        max = Math.max(max, value.applyAsDouble(side));
      }
    }
    return max - min;
  }
}
