package com.valorivx.workbook;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one workbook, created once each: the usual modelling convention of blue
 * figures on a pale yellow ground for inputs, black for formulas, bold with a rule for totals.
 */
final class Styles {

  /** How a number reads. */
  enum Format {
    AMOUNT("#,##0.00;-#,##0.00"),
    PERCENT("0.00%"),
    FACTOR("0.000000"),
    MULTIPLE("0.00\"x\""),
    NUMBER("0.0000"),
    YEAR("0"),
    GENERAL("General");

    private final String pattern;

    Format(String pattern) {
      this.pattern = pattern;
    }
  }

  /** What a cell is. */
  enum Role { INPUT, FORMULA, TOTAL, HEADER, VALUE }

  private static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
  private static final byte[] INPUT_BLUE = {0x00, 0x00, (byte) 0xC0};
  private static final byte[] SECTION_FILL = {(byte) 0xDD, (byte) 0xE4, (byte) 0xEE};
  private static final byte[] NOTE_GREY = {0x59, 0x59, 0x59};

  private final XSSFWorkbook workbook;
  private final Map<Role, Map<Format, CellStyle>> numbers = new EnumMap<>(Role.class);
  private final Map<String, CellStyle> text = new HashMap<>();

  Styles(XSSFWorkbook workbook) {
    this.workbook = workbook;
  }

  CellStyle number(Role role, Format format) {
    return numbers.computeIfAbsent(role, r -> new EnumMap<>(Format.class))
        .computeIfAbsent(format, f -> create(role, f));
  }

  CellStyle title() {
    return text.computeIfAbsent("title", k -> {
      XSSFCellStyle style = workbook.createCellStyle();
      XSSFFont font = workbook.createFont();
      font.setBold(true);
      font.setFontHeightInPoints((short) 14);
      style.setFont(font);
      return style;
    });
  }

  CellStyle note() {
    return text.computeIfAbsent("note", k -> {
      XSSFCellStyle style = workbook.createCellStyle();
      XSSFFont font = workbook.createFont();
      font.setItalic(true);
      font.setColor(new XSSFColor(NOTE_GREY));
      style.setFont(font);
      return style;
    });
  }

  CellStyle section() {
    return text.computeIfAbsent("section", k -> {
      XSSFCellStyle style = workbook.createCellStyle();
      XSSFFont font = workbook.createFont();
      font.setBold(true);
      style.setFont(font);
      style.setFillForegroundColor(new XSSFColor(SECTION_FILL));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      return style;
    });
  }

  CellStyle bold() {
    return text.computeIfAbsent("bold", k -> {
      XSSFCellStyle style = workbook.createCellStyle();
      XSSFFont font = workbook.createFont();
      font.setBold(true);
      style.setFont(font);
      return style;
    });
  }

  private CellStyle create(Role role, Format format) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format.pattern));
    XSSFFont font = workbook.createFont();
    switch (role) {
      case INPUT -> {
        font.setColor(new XSSFColor(INPUT_BLUE));
        style.setFillForegroundColor(new XSSFColor(INPUT_FILL));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.HAIR);
        style.setBorderTop(BorderStyle.HAIR);
        style.setBorderLeft(BorderStyle.HAIR);
        style.setBorderRight(BorderStyle.HAIR);
      }
      case TOTAL -> {
        font.setBold(true);
        style.setBorderTop(BorderStyle.THIN);
      }
      case HEADER -> {
        font.setBold(true);
        style.setAlignment(HorizontalAlignment.RIGHT);
        style.setBorderBottom(BorderStyle.THIN);
      }
      case FORMULA, VALUE -> {
        // black on white: the default font
      }
    }
    style.setFont(font);
    return style;
  }
}
