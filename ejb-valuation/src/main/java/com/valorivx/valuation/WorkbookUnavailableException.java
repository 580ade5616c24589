package com.valorivx.valuation;

import jakarta.ejb.ApplicationException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The run exists but its kind has no workbook form (only {@link WorkbookService#KINDS} do):
 * HTTP 409, since the same request for a run of another kind would succeed.
 */
@ApplicationException(rollback = true)
public class WorkbookUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final RunKind kind;

  public WorkbookUnavailableException(RunKind kind, Set<RunKind> withWorkbooks) {
    super(kind + " runs have no workbook; workbooks are written for "
        + withWorkbooks.stream().map(Enum::name).sorted().collect(Collectors.joining(" and ")) + " runs.");
    this.kind = kind;
  }

  /** The kind of the run asked for. */
  public RunKind kind() {
    return kind;
  }
}
