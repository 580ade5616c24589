package com.valorivx.workbook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a workbook says about the run it was written from: its identity and the figures the engine
 * gave when it valued the run, shown beside the workbook's own live figures.
 *
 * @param kind the run's kind as the API names it, e.g. {@code DCF}
 * @param asValued the stored results, each shown beside the workbook cell that recomputes it
 */
public record WorkbookRun(UUID id, String kind, String name, String ticker, Instant createdAt, String createdBy,
    String engineVersion, List<StoredFigure> asValued) {

  public WorkbookRun {
    Objects.requireNonNull(kind, "kind");
    asValued = List.copyOf(asValued);
  }

  /** A run with no stored figures: for a workbook written straight from assumptions. */
  public static WorkbookRun unstored(String kind, String engineVersion) {
    return new WorkbookRun(null, kind, null, null, null, null, engineVersion, List.of());
  }

  /**
   * One stored result.
   *
   * @param field the result field as the API names it, e.g. {@code enterpriseValue}
   * @param value the stored number
   * @param workbookName the workbook's defined name for the same figure, e.g. {@code EnterpriseValue}
   */
  public record StoredFigure(String field, double value, String workbookName) {
    public StoredFigure {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(workbookName, "workbookName");
    }

    /** A figure the workbook names after the field, capitalised: {@code enterpriseValue} is {@code EnterpriseValue}. */
    public StoredFigure(String field, double value) {
      this(field, value, Character.toUpperCase(field.charAt(0)) + field.substring(1));
    }
  }
}
