package com.valorivx.engine.credit;

import java.util.ArrayList;
import java.util.List;

/** Scores a firm with a Z-score variant ({@link AltmanModel}) and places it in a zone. */
public final class AltmanScorer {

  /** The scorer as the services use it. */
  public static final AltmanScorer DEFAULT = new AltmanScorer();
  /** Stored with every run. */
  public static final String VERSION = "altman-1";

  /** The score, its zone and the terms that make it up. */
  public AltmanResult score(AltmanInputs in) {
    AltmanModel m = in.model();
    List<Double> terms = new ArrayList<>(List.of(m.coefficient(0) * in.workingCapitalToAssets(),
        m.coefficient(1) * in.retainedEarningsToAssets(), m.coefficient(2) * in.ebitToAssets(),
        m.coefficient(3) * in.equityToLiabilities()));
    if (m.usesSales()) {
      terms.add(m.coefficient(4) * in.salesToAssets());
    }
    double z = terms.stream().mapToDouble(Double::doubleValue).sum();
    return new AltmanResult(m, z, m.zone(z), m.safeAbove(), m.distressBelow(), List.copyOf(terms));
  }
}
