package com.valorivx.valuation;

import com.valorivx.engine.realoption.RealOptionValuation;
import java.util.UUID;

/** A real-option valuation and the id of the run that stores it. */
public record RealOptionRun(UUID id, RealOptionValuation valuation) {
}
