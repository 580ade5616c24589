package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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

  @Test
  void hullsExampleWithComponentsChartAndCsv() {
    browser.find(By.linkText("Risk")).click();
    browser.find(By.id("risk:compute")).click();

    assertThat(browser.find(By.id("valueAtRisk")).getText()).startsWith("1,620,11");
    assertThat(browser.find(By.cssSelector("#components tbody")).getText()).contains("Microsoft", "AT&T");
    assertThat(browser.find(By.cssSelector("#stressResults tbody")).getText()).contains("Crash", "-2,500,000");
    assertThat(browser.find(By.cssSelector("[id='risk:distributionChart'] canvas")).isDisplayed()).isTrue();
    assertThat(browser.find(By.id("csv")).getAttribute("href")).startsWith("data:text/csv");
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
}
