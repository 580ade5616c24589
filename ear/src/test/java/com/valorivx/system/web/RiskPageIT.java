package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The risk screen in a real browser on its example, Hull's two-position portfolio ($10 m Microsoft at
 * 2 % a day, $5 m AT&amp;T at 1 %, ρ = 0.3): 10-day 99 % delta-normal VaR $1,620,114 (exact quantile),
 * the component VaR table, the distribution chart with its CSV export, and a rejected matrix.
 */
class RiskPageIT extends BrowserTest {

  @BeforeEach
  void signIn() {
    newAdminSession();
  }

  private static final By PROGRESS = By.id("riskProgress");

  @Test
  void hullsExampleWithComponentsChartAndCsv() {
    browser.find(By.linkText("Risk")).click();
    browser.find(By.id("risk:compute")).click();

    assertThat(browser.find(By.id("valueAtRisk")).getText()).startsWith("1,620,11");
    assertThat(browser.find(By.cssSelector("#components tbody")).getText()).contains("Microsoft", "AT&T");
    assertThat(browser.find(By.cssSelector("#stressResults tbody")).getText()).contains("Crash", "-2,500,000");
    assertThat(browser.find(By.cssSelector("[id='risk:distributionChart'] canvas")).isDisplayed()).isTrue();
    assertThat(browser.download(By.id("csv"))).startsWith("200\nattachment; filename=\"risk-distribution.csv\"\n"
        + "\"series\",\"lossFrom\",\"lossTo\",\"count\"\n\"bin\",").contains("\"valueAtRisk\",16201");
    browser.screenshot("risk-parametric");
  }

  @Test
  void aMatrixThatIsNotACorrelationMatrixIsRejected() {
    browser.open("/risk.xhtml");
    browser.type(By.id("risk:correlations"), "1, 0.3\n0.2, 1");
    browser.find(By.id("risk:compute")).click();

    assertThat(browser.find(By.id("risk:messages")).getText()).contains("correlations");
    assertThat(browser.driver().findElements(By.id("valueAtRisk"))).isEmpty();
  }

  /** Sixty independent positions, two million scenarios: a Monte Carlo job of a few seconds. */
  @Test
  void monteCarloRunsAsAJobWithLiveProgressAndItsDistribution() {
    browser.open("/risk.xhtml");
    browser.choose("risk:method", "Monte Carlo");
    StringBuilder positions = new StringBuilder();
    StringBuilder rho = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      positions.append("P").append(i).append(", 1000000, 0.01\n");
      for (int j = 0; j < 60; j++) {
        rho.append(j > 0 ? ", " : "").append(i == j ? "1" : "0");
      }
      rho.append('\n');
    }
    browser.type(By.id("risk:positions"), positions.toString().strip());
    browser.type(By.id("risk:correlations"), rho.toString().strip());
    browser.type(By.id("risk:stress"), "");
    browser.type(By.id("risk:scenarios"), "2000000");
    browser.find(By.id("risk:compute")).click();
    browser.find(PROGRESS);

    String status = new WebDriverWait(browser.driver(), Duration.ofSeconds(180)).until(driver -> {
      String s = driver.findElement(PROGRESS).getAttribute("data-final");
      return s == null || s.isEmpty() ? null : s;
    });

    assertThat(status).isEqualTo("SUCCEEDED");
    String values = browser.find(PROGRESS).getAttribute("data-progress-values");
    assertThat(values == null ? new String[0] : values.split(",")).as("progress pushed: %s", values)
        .anySatisfy(v -> assertThat(Double.parseDouble(v)).isStrictlyBetween(0.0, 1.0));
    // √60 · 1,000,000 · 0.01 · √10 · z(99 %) ≈ 569,800: the simulation lands within a few standard errors
    String var = browser.find(By.id("valueAtRisk")).getText();
    assertThat(Double.parseDouble(var.replace(",", ""))).isBetween(560_000.0, 580_000.0);
    assertThat(browser.find(By.id("standardError")).isDisplayed()).isTrue();
    assertThat(browser.find(By.cssSelector("[id='risk:distributionChart'] canvas")).isDisplayed()).isTrue();
    assertThat(browser.download(By.id("csv"))).contains("\"expectedShortfall\",");
    assertThat(browser.find(By.id("runId")).getText()).matches("[0-9a-f-]{36}");
    browser.screenshot("risk-monte-carlo-job");
  }
}
