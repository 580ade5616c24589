package com.valorivx.valuation;

import java.util.List;

/** Two or more runs side by side, in the order asked for, with the paths where their inputs or results differ. */
public record RunComparison(List<StoredRun> runs, List<RunDiff.Difference> differences) {
  public RunComparison {
    runs = List.copyOf(runs);
    differences = List.copyOf(differences);
  }
}
