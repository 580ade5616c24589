package com.valorivx.web.valuation;

import com.valorivx.valuation.RunKind;
import com.valorivx.valuation.StoredRun;
import com.valorivx.valuation.WorkbookService;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the run history; the enterprise value and value per share are read from the stored
 * result when the model reports them.
 */
public record RunRow(UUID id, String name, String ticker, RunKind kind, Instant createdAt, String createdBy,
    Double enterpriseValue, Double valuePerShare) implements Serializable {

  private static final long serialVersionUID = 1L;

  public static RunRow of(StoredRun run) {
    return new RunRow(run.id(), run.name(), run.ticker(), run.kind(), run.createdAt(), run.createdBy(),
        RunDocuments.number(run.resultJson(), "enterpriseValue").orElse(null),
        RunDocuments.number(run.resultJson(), "valuePerShare").orElse(null));
  }

  /** Whether the DCF page can reopen this run. */
  public boolean reopenable() {
    return kind == RunKind.DCF;
  }

  /** Whether the run downloads as a workbook. */
  public boolean hasWorkbook() {
    return WorkbookService.KINDS.contains(kind);
  }

  /** The name, or a stand-in for unnamed runs. */
  public String displayName() {
    return name == null || name.isBlank() ? "(unnamed)" : name;
  }
}
