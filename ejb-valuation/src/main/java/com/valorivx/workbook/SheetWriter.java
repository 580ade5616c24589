package com.valorivx.workbook;

import com.valorivx.workbook.Styles.Format;
import com.valorivx.workbook.Styles.Role;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one sheet of a model workbook row by row: labels in column A, figures from column B on.
 * Hands out cell references for the formulas of this and other sheets, and defines workbook
 * names for the cells a reader looks for.
 */
final class SheetWriter {

  /** Column of the labels. */
  static final int LABEL = 0;
  /** Column of a scalar's value. */
  static final int VALUE = 1;
  /** Column of a scalar's note. */
  static final int NOTE = 2;

  private final XSSFWorkbook workbook;
  private final Styles styles;
  private final XSSFSheet sheet;
  private int nextRow;

  SheetWriter(XSSFWorkbook workbook, Styles styles, String name) {
    this.workbook = workbook;
    this.styles = styles;
    this.sheet = workbook.createSheet(name);
  }

  XSSFSheet sheet() {
    return sheet;
  }

  /** The index of a new row below everything written so far. */
  int nextRow() {
    return nextRow++;
  }

  /** A new row with {@code label} in column A; answers its index. */
  int labelled(String label) {
    int row = nextRow();
    text(row, LABEL, label);
    return row;
  }

  /** Leaves a blank row. */
  void skip() {
    nextRow++;
  }

  void title(String text) {
    text(nextRow(), LABEL, text).setCellStyle(styles.title());
  }

  void note(String text) {
    text(nextRow(), LABEL, text).setCellStyle(styles.note());
  }

  /** A shaded section heading across {@code width} columns. */
  void section(String heading, int width) {
    int row = nextRow();
    text(row, LABEL, heading).setCellStyle(styles.section());
    for (int c = 1; c < width; c++) {
      cell(row, c).setCellStyle(styles.section());
    }
  }

  Cell text(int row, int col, String value) {
    Cell cell = cell(row, col);
    cell.setCellValue(value);
    return cell;
  }

  Cell bold(int row, int col, String value) {
    Cell cell = text(row, col, value);
    cell.setCellStyle(styles.bold());
    return cell;
  }

  Cell noteAt(int row, int col, String value) {
    Cell cell = text(row, col, value);
    cell.setCellStyle(styles.note());
    return cell;
  }

  Cell input(int row, int col, double value, Format format) {
    Cell cell = cell(row, col);
    cell.setCellValue(value);
    cell.setCellStyle(styles.number(Role.INPUT, format));
    return cell;
  }

  /**
   * A named scalar input on a row of its own: {@code label} in column A, {@code value} styled as an
   * input in column B, an optional {@code note} beside it. Answers the value's fixed reference.
   */
  String scalar(String label, double value, Format format, String name, String note) {
    int row = nextRow();
    text(row, LABEL, label);
    input(row, VALUE, value, format);
    if (note != null) {
      noteAt(row, NOTE, note);
    }
    name(name, row, VALUE);
    return ref(row, VALUE);
  }

  Cell input(int row, int col, boolean value) {
    Cell cell = cell(row, col);
    cell.setCellValue(value);
    cell.setCellStyle(styles.number(Role.INPUT, Format.GENERAL));
    return cell;
  }

  /** A fixed number that is not an assumption (a year label, a stored result). */
  Cell value(int row, int col, double value, Format format, Role role) {
    Cell cell = cell(row, col);
    cell.setCellValue(value);
    cell.setCellStyle(styles.number(role, format));
    return cell;
  }

  Cell formula(int row, int col, String formula, Format format) {
    return formula(row, col, formula, format, Role.FORMULA);
  }

  Cell total(int row, int col, String formula, Format format) {
    return formula(row, col, formula, format, Role.TOTAL);
  }

  private Cell formula(int row, int col, String formula, Format format, Role role) {
    Cell cell = cell(row, col);
    cell.setCellFormula(formula);
    cell.setCellStyle(styles.number(role, format));
    return cell;
  }

  /** {@code B7}: a reference within this sheet that moves with copies. */
  static String local(int row, int col) {
    return new CellReference(row, col, false, false).formatAsString();
  }

  /** {@code Model!$B$7}: a fixed reference usable from any sheet. */
  String ref(int row, int col) {
    return sheet.getSheetName() + "!" + new CellReference(row, col, true, true).formatAsString();
  }

  /** {@code Model!C7}: a reference to a cell of this sheet, from another sheet, following the column. */
  String refColumn(int row, int col) {
    return sheet.getSheetName() + "!" + new CellReference(row, col, false, false).formatAsString();
  }

  /** Names one cell of this sheet. */
  void name(String name, int row, int col) {
    define(name, ref(row, col));
  }

  /** Names a run of cells on one row of this sheet. */
  void nameRow(String name, int row, int firstCol, int lastCol) {
    define(name, ref(row, firstCol) + ":" + new CellReference(row, lastCol, true, true).formatAsString());
  }

  /** Names a run of cells in one column of this sheet. */
  void nameColumn(String name, int firstRow, int lastRow, int col) {
    define(name, ref(firstRow, col) + ":" + new CellReference(lastRow, col, true, true).formatAsString());
  }

  private void define(String name, String reference) {
    Name defined = workbook.createName();
    defined.setNameName(name);
    defined.setRefersToFormula(reference);
  }

  void widths(int labelChars, int valueChars, int columns) {
    sheet.setColumnWidth(LABEL, labelChars * 256);
    for (int c = 1; c < columns; c++) {
      sheet.setColumnWidth(c, valueChars * 256);
    }
  }

  private Cell cell(int row, int col) {
    Row r = sheet.getRow(row);
    if (r == null) {
      r = sheet.createRow(row);
    }
    Cell cell = r.getCell(col);
    return cell != null ? cell : r.createCell(col);
  }
}
