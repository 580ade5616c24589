package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.api.DealExamples;
import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The run history in a real browser: an LBO and an M&amp;A run valued over the API are listed with
 * their own headline figures (IRR and MOIC; accretion and pro forma EPS), and each reopens into its
 * model page with its stored inputs in the form and its stored result shown; the reopened LBO saves
 * as a scenario holding those inputs.
 */
class RunHistoryPageIT extends BrowserTest {

  private final ApiClient admin = ApiClient.asAdmin();

  @BeforeEach
  void signIn() {
    newAdminSession();
  }

  private String valued(String path, JsonObject request) {
    ApiResponse response = admin.post(path, request);
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.json().getString("id");
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static WebElement historyRow(String runId) {
    return browser.find(By.cssSelector(".reopen[data-run='" + runId + "']")).findElement(By.xpath("ancestor::tr"));
  }

  /**
   * The worked LBO at twice the size (EBITDA 200, debt 1,000: every amount doubles, so IRR
   * 15.78 % and MOIC 2.08x stay) so that the reopened form shows the stored inputs, not the page's
   * example; the M&amp;A engine test's hand-computed deal: accretion 6.83 %, pro forma EPS 5.34.
   */
  @Test
  void lboAndMnaRunsShowTheirHeadlineFiguresAndTheLboReopensIntoItsPage() {
    String lboName = unique("History LBO");
    String lbo = valued("/api/v1/valuations/lbo", DealExamples.lbo().add("name", lboName).add("entryEbitda", 200)
        .add("debtTranches", Json.createArrayBuilder().add(DealExamples.tranche("Senior", 1000, 0.08))).build());
    String mnaName = unique("History deal");
    String mna = valued("/api/v1/valuations/mna", DealExamples.mna().add("name", mnaName).build());

    browser.open("/runs.xhtml");

    assertThat(historyRow(lbo).getText()).contains(lboName, "LBO", "IRR 15.78%", "MOIC 2.08x");
    assertThat(historyRow(mna).getText()).contains(mnaName, "MNA", "Accretion 6.83%", "Pro forma EPS 5.34");
    browser.screenshot("run-history-deals");

    browser.find(By.cssSelector(".reopen[data-run='" + lbo + "']")).click();

    assertThat(browser.find(By.id("lbo:reopenedNotice")).getText()).contains(lboName);
    assertThat(browser.driver().getCurrentUrl()).contains("/lbo.xhtml", "run=" + lbo);
    assertThat(browser.find(By.id("lbo:name")).getAttribute("value")).isEqualTo(lboName);
    assertThat(browser.find(By.id("lbo:entryEbitda")).getAttribute("value")).isEqualTo("200");
    assertThat(browser.find(By.id("lbo:trancheAmount0")).getAttribute("value")).isEqualTo("1000");
    assertThat(browser.find(By.id("lbo:trancheRate0")).getAttribute("value")).isEqualTo("8");
    assertThat(browser.find(By.id("irr")).getText()).isEqualTo("15.78%");
    browser.screenshot("lbo-reopened");

    String scenario = unique("Reopened LBO");
    browser.type(By.id("lbo:scenarioName"), scenario);
    browser.find(By.id("lbo:saveScenario")).click();
    assertThat(browser.find(By.id("lbo:messages")).getText()).contains("Saved as scenario '" + scenario + "'");
    JsonObject saved = admin.get("/api/v1/scenarios?kind=LBO&size=100").json().getJsonArray("items").stream()
        .map(item -> item.asJsonObject()).filter(item -> item.getString("name").equals(scenario)).findFirst()
        .orElseThrow();
    assertThat(saved.getJsonObject("inputs").getJsonNumber("entryEbitda").doubleValue()).isEqualTo(200);

    browser.open("/runs.xhtml");
    browser.find(By.cssSelector(".reopen[data-run='" + mna + "']")).click();

    assertThat(browser.find(By.id("mna:reopenedNotice")).getText()).contains(mnaName);
    assertThat(browser.find(By.id("mna:name")).getAttribute("value")).isEqualTo(mnaName);
    assertThat(browser.find(By.id("accretionDilution")).getText()).isEqualTo("6.83%");
  }
}
