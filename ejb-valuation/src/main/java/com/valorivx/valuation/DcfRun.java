package com.valorivx.valuation;

import com.valorivx.engine.dcf.DcfValuation;
import java.util.UUID;

/** A DCF valuation and the id of the run that stores it. */
public record DcfRun(UUID id, DcfValuation valuation) {
}
