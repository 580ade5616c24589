package com.valorivx.valuation;

import com.valorivx.workbook.Workbooks;
import java.util.Locale;
import java.util.UUID;

/**
 * A stored run written as an {@code .xlsx} workbook of live formulas.
 *
 * @param content the workbook's bytes
 */
public record RunWorkbook(UUID runId, RunKind kind, byte[] content) {

  /** The media type of {@link #content()}. */
  public static final String MEDIA_TYPE = Workbooks.MEDIA_TYPE;

  /** {@code <kind>-<id>.xlsx}, e.g. {@code dcf-0b7c….xlsx}: plain ASCII, safe in a Content-Disposition header. */
  public String fileName() {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + runId + ".xlsx";
  }
}
