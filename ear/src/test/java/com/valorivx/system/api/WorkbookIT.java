package com.valorivx.system.api;

import static com.valorivx.system.api.DcfExamples.DCF;
import static com.valorivx.system.api.DcfExamples.RUNS;
import static com.valorivx.system.api.DcfExamples.with;
import static com.valorivx.system.api.DcfExamples.without;
import static com.valorivx.system.api.DcfExamples.workedExample;
import static com.valorivx.system.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import com.valorivx.system.support.SystemUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * API.md "Workbooks": a DCF valued over HTTP downloads as an .xlsx whose formulas, evaluated by
 * POI, give the API's own figures, and so does an LBO's; other tenants' and unknown runs are 404; a kind without a
 * workbook is 409 naming the kind.
 */
class WorkbookIT {

  /** |workbook − API| ≤ TOLERANCE × max(1, |API|): the 1e-6, relative above 1 and absolute below. */
  private static final double TOLERANCE = 1e-6;

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final ApiClient admin = ApiClient.asAdmin();

  @Test
  void theWorkedExampleDownloadsWithFormulasThatGiveTheApisFigures() throws Exception {
    JsonObject dcf = created(workedExample());

    assertWorkbookGives(dcf);
  }

  @Test
  void aProjectionWithAWaccAndAnExitMultipleDownloadsToo() throws Exception {
    JsonObject projection = Json.createObjectBuilder()
        .add("baseRevenue", 2_500).add("years", 5)
        .add("revenueGrowth", Json.createArrayBuilder().add(0.12).add(0.10).add(0.08).add(0.06).add(0.04))
        .add("ebitMargin", 0.15).add("taxRate", 0.21).add("salesToCapital", 1.6).add("depreciationRate", 0.05)
        .build();
    JsonObject wacc = Json.createObjectBuilder()
        .add("riskFreeRate", 0.035).add("beta", 1.1).add("equityRiskPremium", 0.06)
        .add("preTaxCostOfDebt", 0.055).add("taxRate", 0.21).add("equityWeight", 0.8)
        .build();
    JsonObject body = with(with(without(without(workedExample(), "freeCashFlows"), "discountRate"),
        "projection", projection), "wacc", wacc);
    body = Json.createObjectBuilder(with(body, "terminal", Json.createObjectBuilder()
            .add("method", "EXIT_MULTIPLE").add("multiple", 9.5).build()))
        .add("midYear", true).add("minorityInterest", 35).add("nonOperatingAssets", 60).build();

    assertWorkbookGives(created(body));
  }

  /** Issue 3's LBO worked example over HTTP: the workbook's live MOIC and IRR are the API's. */
  @Test
  void anLboRunDownloadsWithFormulasThatGiveTheApisReturns() throws Exception {
    ApiResponse lbo = admin.post("/api/v1/valuations/lbo", Json.createObjectBuilder()
        .add("name", "Workbook LBO").add("entryEbitda", 100).add("entryMultiple", 8).add("years", 5)
        .add("debtTranches", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Senior")
            .add("amount", 500).add("interestRate", 0.08).add("amortizationRate", 0).add("cashSweep", true)))
        .add("ebitdaGrowth", 0.05).add("cashConversion", 0.5).add("interestOn", "AVERAGE_BALANCE")
        .add("exitMultiple", 8).build());
    assertThat(lbo.status()).as("%s", lbo).isEqualTo(201);
    JsonObject answer = lbo.json();
    String id = answer.getString("id");
    HttpResponse<byte[]> response = download(admin, id);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"lbo-" + id + ".xlsx\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      for (String[] pair : new String[][] {{"irr", "EquityIrr"}, {"moic", "Moic"},
          {"exitEquityValue", "ExitEquityValue"}, {"equityInvested", "EquityInvested"}}) {
        Cell cell = named(workbook, pair[1]);
        assertThat(cell.getCellType()).as("%s is a formula", pair[1]).isEqualTo(CellType.FORMULA);
        double workbookValue = evaluator.evaluate(cell).getNumberValue();
        double apiValue = answer.getJsonNumber(pair[0]).doubleValue();
        assertThat(Math.abs(workbookValue - apiValue)).as("%s: workbook %s, API %s", pair[0], workbookValue, apiValue)
            .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(apiValue)));
      }
    }
  }

  @Test
  void unknownAndMalformedIdsAreNotFound() throws Exception {
    assertProblem(problem(download(admin, UUID.randomUUID().toString())), 404);
    assertProblem(problem(download(admin, "not-a-run")), 404);
  }

  @Test
  void anotherTenantsRunIsNotFound() throws Exception {
    assumeTrue(SystemUnderTest.jdbcUrl().isPresent(), "valor.it.jdbcUrl not set (instance not started by the harness)");
    UUID foreign = storeRunOfAnotherTenant(SystemUnderTest.jdbcUrl().orElseThrow());

    assertProblem(problem(download(admin, foreign.toString())), 404);
  }

  @Test
  void aKindWithoutAWorkbookIsAConflictNamingTheKind() throws Exception {
    ApiResponse option = admin.post("/api/v1/valuations/options", Json.createObjectBuilder()
        .add("type", "CALL").add("style", "EUROPEAN").add("method", "BLACK_SCHOLES").add("spot", 42).add("strike", 40)
        .add("maturityYears", 0.5).add("riskFreeRate", 0.10).add("volatility", 0.20).build());
    assertThat(option.status()).as("%s", option).isEqualTo(201);

    JsonObject problem = assertProblem(problem(download(admin, option.json().getString("id"))), 409);

    assertThat(problem.getString("type")).isEqualTo("https://valorivx.com/problems/no-workbook");
    assertThat(problem.getString("detail")).contains("OPTION", "DCF", "LBO");
  }

  @Test
  void withoutATokenItIsUnauthorized() throws Exception {
    JsonObject dcf = created(workedExample());

    assertThat(download(admin.withoutToken(), dcf.getString("id")).statusCode()).isEqualTo(401);
  }

  private void assertWorkbookGives(JsonObject dcf) throws IOException, InterruptedException {
    String id = dcf.getString("id");
    HttpResponse<byte[]> response = download(admin, id);

    assertThat(response.statusCode()).as("%s", new String(response.body())).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(XLSX);
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"dcf-" + id + ".xlsx\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      for (String field : new String[] {"enterpriseValue", "valuePerShare", "equityValue", "terminalValue",
          "presentValueOfTerminalValue", "discountRate"}) {
        String name = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        Cell cell = named(workbook, name);
        assertThat(cell.getCellType()).as("%s is a formula", name).isEqualTo(CellType.FORMULA);
        double workbookValue = evaluator.evaluate(cell).getNumberValue();
        double apiValue = dcf.getJsonNumber(field).doubleValue();
        assertThat(Math.abs(workbookValue - apiValue)).as("%s: workbook %s, API %s", field, workbookValue, apiValue)
            .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(apiValue)));
      }
    }
  }

  private static Cell named(XSSFWorkbook workbook, String name) {
    assertThat(workbook.getName(name)).as("the workbook names %s", name).isNotNull();
    CellReference ref = new CellReference(workbook.getName(name).getRefersToFormula());
    return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
  }

  private JsonObject created(JsonObject body) {
    ApiResponse response = admin.post(DCF, body);
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.json();
  }

  /** The workbook as bytes: the shared client reads bodies as text. */
  private static HttpResponse<byte[]> download(ApiClient client, String id) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(SystemUnderTest.uri(RUNS + "/" + id + "/workbook"))
        .timeout(Duration.ofSeconds(60)).GET();
    if (client.accessToken() != null) {
      request.header("Authorization", "Bearer " + client.accessToken());
    }
    return HTTP.send(request.build(), BodyHandlers.ofByteArray());
  }

  private static ApiResponse problem(HttpResponse<byte[]> response) {
    return new ApiResponse("GET", response.uri().toString(), response.statusCode(), response.headers(),
        new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A tenant of its own, written straight into the instance's database, with one valid DCF run. */
  private static UUID storeRunOfAnotherTenant(String jdbcUrl) throws SQLException {
    UUID tenant = UUID.randomUUID();
    UUID run = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Connection db = DriverManager.getConnection(jdbcUrl)) {
      ForeignTenant.insertTenant(db, tenant, "it-workbook-", now);
      ForeignTenant.insertDcfRun(db, run, tenant, "{\"enterpriseValue\":1792.21}", now);
    }
    return run;
  }
}
