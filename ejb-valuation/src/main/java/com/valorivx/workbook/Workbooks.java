package com.valorivx.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writing a finished model workbook. */
public final class Workbooks {

  /** The media type of an {@code .xlsx} file. */
  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Workbooks() {
  }

  /**
   * Completes a model workbook: adds the {@value RunSheet#NAME} sheet of {@code run}, opens on
   * the first sheet and asks a spreadsheet program to recalculate every formula on opening.
   */
  static XSSFWorkbook finish(XSSFWorkbook workbook, Styles styles, WorkbookRun run) {
    RunSheet.write(workbook, styles, run);
    workbook.setActiveSheet(0);
    workbook.setForceFormulaRecalculation(true);
    return workbook;
  }

  /**
   * The workbook as {@code .xlsx} bytes; closes it. Every formula's value is cached first, so a
   * viewer that does not calculate still shows the figures; the workbook also asks a spreadsheet
   * program to recalculate on opening.
   */
  public static byte[] toBytes(XSSFWorkbook workbook) {
    try (workbook) {
      XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
      ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a workbook in memory failed", e);
    }
  }
}
