package com.valorivx.web.valuation;

import com.valorivx.valuation.RunKind;
import com.valorivx.valuation.StoredRun;
import com.valorivx.valuation.WorkbookService;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of the run history: the run, its kind's headline figures read from the stored result,
 * and the page that reopens it (null when no page does), both from {@link RunKinds}.
 */
public record RunRow(UUID id, String name, String ticker, RunKind kind, Instant createdAt, String createdBy,
    List<RunKinds.Shown> headline, String page) implements Serializable {

  private static final long serialVersionUID = 1L;

  public RunRow {
    headline = List.copyOf(headline);
  }

  public static RunRow of(StoredRun run) {
    return new RunRow(run.id(), run.name(), run.ticker(), run.kind(), run.createdAt(), run.createdBy(),
        RunKinds.headline(run.kind(), run.resultJson()), RunKinds.page(run.kind()).orElse(null));
  }

  /** Whether a page can reopen this run. */
  public boolean reopenable() {
    return page != null;
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
