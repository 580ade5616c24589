package com.valorivx.analytics;

import com.valorivx.engine.risk.RiskResult;
import java.util.UUID;

/** A risk result and the id of the run that stores it. */
public record RiskRun(UUID id, RiskResult result) {
}
