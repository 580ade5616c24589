package com.valorivx.workbook;

import com.valorivx.workbook.Styles.Format;
import com.valorivx.workbook.Styles.Role;
import com.valorivx.workbook.WorkbookRun.StoredFigure;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheet that says which run a workbook was written from, and sets each stored result beside
 * the workbook's live figure of the same name with their difference: zero as downloaded, and the
 * change an analyst's edits made afterwards.
 */
final class RunSheet {

  /** The sheet's name. */
  static final String NAME = "Run";

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  private RunSheet() {
  }

  static void write(XSSFWorkbook workbook, Styles styles, WorkbookRun run) {
    SheetWriter s = new SheetWriter(workbook, styles, NAME);
    s.widths(34, 18, 5);
    s.title("Run");
    s.note("The run this workbook was written from. Its model cells are formulas: the engine's stored figures "
        + "below stay as they were valued.");
    s.skip();
    fact(s, "Run id", run.id() == null ? "(not stored)" : run.id().toString());
    fact(s, "Kind", run.kind());
    fact(s, "Name", run.name());
    fact(s, "Ticker", run.ticker());
    fact(s, "Valued at", run.createdAt() == null ? null : UTC.format(run.createdAt()));
    fact(s, "Valued by", run.createdBy());
    fact(s, "Engine version", run.engineVersion());
    if (run.asValued().isEmpty()) {
      return;
    }
    s.skip();
    s.section("Stored results and the workbook's live figures", 4);
    int header = s.nextRow();
    s.bold(header, 0, "Result");
    s.bold(header, 1, "As valued");
    s.bold(header, 2, "Workbook now");
    s.bold(header, 3, "Difference");
    for (StoredFigure figure : run.asValued()) {
      String name = figure.workbookName();
      Name defined = workbook.getName(name);
      int row = s.labelled(figure.field());
      s.value(row, 1, figure.value(), Format.AMOUNT, Role.VALUE);
      if (defined != null) {
        s.formula(row, 2, name, Format.AMOUNT);
        s.formula(row, 3, SheetWriter.local(row, 2) + "-" + SheetWriter.local(row, 1), Format.AMOUNT);
      }
    }
  }

  private static void fact(SheetWriter s, String label, String value) {
    int row = s.labelled(label);
    s.text(row, 1, value == null ? "" : value);
  }
}
