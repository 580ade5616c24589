package com.valorivx.valuation;

import com.valorivx.engine.mna.MnaValuation;
import java.util.UUID;

/** An accretion/dilution valuation and the id of the run that stores it. */
public record MnaRun(UUID id, MnaValuation valuation) {
}
