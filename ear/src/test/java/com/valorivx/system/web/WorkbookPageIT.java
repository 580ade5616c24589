package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The "Download .xlsx" links of the DCF result and of the run history lead, in the signed-in
 * session, to the run's workbook; without a session the address leads to the sign-in page.
 */
class WorkbookPageIT extends BrowserTest {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void theDcfResultAndTheRunHistoryLinkToTheRunsWorkbook() throws Exception {
    String name = "Workbook " + UUID.randomUUID().toString().substring(0, 8);
    signInAsAdmin();
    browser.open("/dcf.xhtml");
    DcfPageIT.fillWorkedExample(name, "3");
    browser.find(By.id("dcf:value")).click();
    assertThat(browser.find(By.id("valuePerShare")).getText()).isEqualTo("15.92");
    String runId = browser.find(By.id("runId")).getText();

    WebElement link = browser.find(By.id("downloadWorkbook"));
    assertThat(link.getText()).contains("Download .xlsx");
    String href = link.getAttribute("href");
    assertThat(href).endsWith("/runs/workbook?id=" + runId);
    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    assertThat(session).as("the session cookie").isNotNull();

    HttpResponse<byte[]> download = get(href, session);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"dcf-" + runId + ".xlsx\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
      // The worked example: 15.92 a share (DcfPageIT has the hand calculation).
      assertThat(evaluate(workbook, "ValuePerShare")).isCloseTo(15.92, org.assertj.core.data.Offset.offset(0.005));
    }

    browser.open("/runs.xhtml");
    WebElement rowLink = browser.find(By.cssSelector("a[href$='/runs/workbook?id=" + runId + "']"));
    assertThat(rowLink.getText()).contains(".xlsx");
    assertThat(rowLink.getAttribute("href")).isEqualTo(href);
    browser.screenshot("run-history-workbook-links");

    HttpResponse<byte[]> anonymous = get(href, null);
    assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).as("no workbook without a session")
        .doesNotStartWith(XLSX);
  }

  private static HttpResponse<byte[]> get(String href, Cookie session) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(60)).GET();
    if (session != null) {
      request.header("Cookie", session.getName() + "=" + session.getValue());
    }
    return HTTP.send(request.build(), BodyHandlers.ofByteArray());
  }

  private static double evaluate(XSSFWorkbook workbook, String name) {
    CellReference ref = new CellReference(workbook.getName(name).getRefersToFormula());
    Cell cell = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    return workbook.getCreationHelper().createFormulaEvaluator().evaluate(cell).getNumberValue();
  }
}
