package com.valorivx.job;

import com.valorivx.valuation.RunKind;

/**
 * What finished work leaves: a run to store (its inputs and result, stored as JSON) and the job's
 * result document, which is the run's result with the new run's id added as {@code runId}.
 */
public record JobOutcome(RunKind runKind, String name, String ticker, Object inputs, Object result,
    String engineVersion) {
}
