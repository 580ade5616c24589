package com.valorivx.valuation;

import com.valorivx.engine.lbo.LboValuation;
import java.util.UUID;

/** A buyout valuation and the id of the run that stores it. */
public record LboRun(UUID id, LboValuation valuation) {
}
