package com.valorivx.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;

/**
 * A written workbook opened again from its bytes, read and edited through its defined names, its
 * formulas evaluated by POI's own evaluator (never the values cached at writing).
 */
final class OpenedWorkbook implements AutoCloseable {

  final XSSFWorkbook workbook;
  private final FormulaEvaluator evaluator;

  OpenedWorkbook(byte[] bytes) {
    try {
      workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    evaluator = workbook.getCreationHelper().createFormulaEvaluator();
  }

  /** A check of one cell of a named input, given the name and the cell's index within it. */
  @FunctionalInterface
  interface InputCheck {
    void check(String input, int index) throws Throwable;
  }

  /**
   * One test per name of {@code inputs} that this workbook defines, checking its middle cell,
   * named {@code variant: Input} (with {@code [index]} when the name spans several cells).
   */
  List<DynamicTest> perInput(Object variant, List<String> inputs, InputCheck check) {
    List<DynamicTest> tests = new ArrayList<>();
    for (String input : inputs) {
      if (!has(input)) {
        continue;
      }
      int cells = cells(input).size();
      int index = cells / 2;
      tests.add(DynamicTest.dynamicTest(variant + ": " + input + (cells > 1 ? "[" + index + "]" : ""),
          () -> check.check(input, index)));
    }
    return tests;
  }

  boolean has(String name) {
    return workbook.getName(name) != null;
  }

  List<Cell> cells(String name) {
    Name defined = workbook.getName(name);
    if (defined == null) {
      throw new AssertionError("the workbook names no " + name);
    }
    AreaReference area = new AreaReference(defined.getRefersToFormula(), workbook.getSpreadsheetVersion());
    List<Cell> cells = new ArrayList<>();
    for (CellReference ref : area.getAllReferencedCells()) {
      cells.add(workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()));
    }
    return cells;
  }

  Cell cell(String name) {
    List<Cell> cells = cells(name);
    if (cells.size() != 1) {
      throw new AssertionError(name + " names " + cells.size() + " cells");
    }
    return cells.get(0);
  }

  /** The value of the named cell, calculated now. */
  double number(String name) {
    return evaluate(cell(name));
  }

  /** The values of a named row, calculated now. */
  List<Double> numbers(String name) {
    return cells(name).stream().map(this::evaluate).toList();
  }

  String text(String name) {
    return evaluator.evaluate(cell(name)).getStringValue();
  }

  double evaluate(Cell cell) {
    if (cell.getCellType() != CellType.FORMULA) {
      return cell.getNumericCellValue();
    }
    CellValue value = evaluator.evaluate(cell);
    if (value.getCellType() != CellType.NUMERIC) {
      throw new AssertionError(cell.getAddress() + " " + cell.getCellFormula() + " gave " + value);
    }
    return value.getNumberValue();
  }

  /** Sets an input and forgets every calculated value, as a spreadsheet program does on an edit. */
  void set(Cell cell, double value) {
    cell.setCellValue(value);
    evaluator.clearAllCachedResultValues();
  }

  void set(Cell cell, boolean value) {
    cell.setCellValue(value);
    evaluator.clearAllCachedResultValues();
  }

  /** Every formula cell calculated and cached, as a spreadsheet program's full recalculation would. */
  void evaluateAll() {
    evaluator.clearAllCachedResultValues();
    evaluator.evaluateAll();
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
