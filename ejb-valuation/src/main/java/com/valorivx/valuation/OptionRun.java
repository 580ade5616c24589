package com.valorivx.valuation;

import com.valorivx.engine.option.OptionValuation;
import java.util.UUID;

/** An option valuation and the id of the run that stores it. */
public record OptionRun(UUID id, OptionValuation valuation) {
}
