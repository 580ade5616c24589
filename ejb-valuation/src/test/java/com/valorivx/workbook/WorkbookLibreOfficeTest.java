package com.valorivx.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valorivx.engine.dcf.DcfEngine;
import com.valorivx.engine.dcf.DcfValuation;
import com.valorivx.engine.lbo.LboEngine;
import com.valorivx.engine.lbo.LboValuation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second opinion on the formulas: LibreOffice, headless, calculates every variant's DCF and LBO
 * workbook and the figures it saves equal the engine's. The workbooks are written without cached
 * values, so every number read back was calculated by LibreOffice (the LBO's IRR by Calc's own IRR
 * function). Skipped where LibreOffice is not installed ({@code .ci/run} installs it; POI's evaluator
 * checks the same formulas in {@link DcfWorkbookTest} and {@link LboWorkbookTest}).
 */
class WorkbookLibreOfficeTest {

  /** LibreOffice's own arithmetic: relative above 1, absolute below, as in the issue (1e-6). */
  private static final double TOLERANCE = 1e-6;

  private static final List<String> FIGURES = List.of("EnterpriseValue", "EquityValue", "ValuePerShare",
      "TerminalValue", "PresentValueOfTerminalValue", "DiscountRate");

  private static Optional<Path> soffice;

  @BeforeAll
  static void findLibreOffice() {
    soffice = Stream.of("soffice", "libreoffice")
        .flatMap(name -> Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            .map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  @Test
  void libreOfficeCalculatesTheEnginesFigures(@TempDir Path dir) throws Exception {
    assumeTrue(soffice.isPresent(), "LibreOffice (soffice or libreoffice on the PATH) is not installed: "
        + "the LibreOffice cross-check is skipped; DcfWorkbookTest and LboWorkbookTest evaluate the same formulas with POI");
    List<DcfSpec> variants = DcfWorkbookTest.variants().toList();
    List<LboSpec> deals = LboWorkbookTest.variants().toList();
    Path in = Files.createDirectories(dir.resolve("in"));
    Path out = Files.createDirectories(dir.resolve("out"));
    for (int i = 0; i < variants.size(); i++) {
      try (XSSFWorkbook workbook = DcfWorkbook.create(WorkbookRun.unstored("DCF", DcfEngine.VERSION),
          variants.get(i).toAssumptions()); OutputStream file = Files.newOutputStream(in.resolve("dcf-" + i + ".xlsx"))) {
        workbook.write(file);
      }
    }
    for (int i = 0; i < deals.size(); i++) {
      try (XSSFWorkbook workbook = LboWorkbook.create(WorkbookRun.unstored("LBO", LboEngine.VERSION),
          deals.get(i).toAssumptions()); OutputStream file = Files.newOutputStream(in.resolve("lbo-" + i + ".xlsx"))) {
        workbook.write(file);
      }
    }
    convert(dir, in, out);

    for (int i = 0; i < variants.size(); i++) {
      DcfValuation engine = DcfEngine.DEFAULT.value(variants.get(i).toAssumptions());
      try (XSSFWorkbook calculated = new XSSFWorkbook(out.resolve("dcf-" + i + ".xlsx").toFile())) {
        for (String figure : FIGURES) {
          double expected = switch (figure) {
            case "EnterpriseValue" -> engine.enterpriseValue();
            case "EquityValue" -> engine.equityValue();
            case "ValuePerShare" -> engine.valuePerShare();
            case "TerminalValue" -> engine.terminalValue();
            case "PresentValueOfTerminalValue" -> engine.presentValueOfTerminalValue();
            default -> engine.discountRate();
          };
          assertFigure(calculated, figure, expected, variants.get(i));
        }
      }
    }
    for (int i = 0; i < deals.size(); i++) {
      LboValuation engine = LboEngine.DEFAULT.value(deals.get(i).toAssumptions());
      try (XSSFWorkbook calculated = new XSSFWorkbook(out.resolve("lbo-" + i + ".xlsx").toFile())) {
        assertFigure(calculated, "EntryEnterpriseValue", engine.entryEnterpriseValue(), deals.get(i));
        assertFigure(calculated, "EquityInvested", engine.equityInvested(), deals.get(i));
        assertFigure(calculated, "ExitDebt", engine.exitDebt(), deals.get(i));
        assertFigure(calculated, "ExitEquityValue", engine.exitEquityValue(), deals.get(i));
        assertFigure(calculated, "Moic", engine.moic(), deals.get(i));
        if (engine.irr() != null) {
          assertFigure(calculated, "EquityIrr", engine.irr(), deals.get(i));
        }
      }
    }
  }

  private static void assertFigure(XSSFWorkbook calculated, String figure, double expected, Object variant) {
    Cell cell = cached(calculated, figure);
    assertThat(cell.getCachedFormulaResultType()).as("%s of %s", figure, variant).isEqualTo(CellType.NUMERIC);
    assertThat(Math.abs(cell.getNumericCellValue() - expected))
        .as("%s of %s: LibreOffice %s, engine %s", figure, variant, cell.getNumericCellValue(), expected)
        .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(expected)));
  }

  private static void convert(Path dir, Path in, Path out) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(soffice.orElseThrow().toString(),
        "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString()));
    try (Stream<Path> files = Files.list(in)) {
      files.sorted().forEach(file -> command.add(file.toString()));
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("soffice.log").toFile()).start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished within 3 minutes").isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
  }

  /** The named cell as LibreOffice saved it, read without evaluating anything. */
  private static Cell cached(XSSFWorkbook workbook, String name) {
    var ref = new org.apache.poi.ss.util.CellReference(workbook.getName(name).getRefersToFormula());
    Cell cell = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    assertThat(cell.getCellType()).as("%s is still a formula", name).isEqualTo(CellType.FORMULA);
    return cell;
  }
}
