package com.valorivx.engine.credit;

import java.util.List;

/**
 * A Z-score with its zone, the variant's cut-offs and each term's contribution (coefficient × ratio,
 * X1 first; four terms for NON_MANUFACTURING, five otherwise) which sum to the score.
 */
public record AltmanResult(AltmanModel model, double zScore, AltmanZone zone, double safeAbove,
    double distressBelow, List<Double> contributions) {
}
