package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The portfolio screen in a real browser: it opens on the two-fund example of Bodie, Kane and
 * Marcus, <i>Investments</i> (10th ed.), chapter 7, whose tangency portfolio is 40 % bonds, 60 %
 * stocks with a Sharpe ratio of 0.42; the frontier chart and its CSV download appear with it.
 */
class PortfolioPageIT extends BrowserTest {

  @BeforeEach
  void signIn() {
    newAdminSession();
  }

  @Test
  void textbookTangencyWithTheFrontierChartAndCsv() {
    browser.find(By.linkText("Portfolio")).click();
    browser.find(By.id("portfolio:optimize")).click();

    assertThat(browser.find(By.id("sharpeRatio")).getText()).startsWith("0.42");
    assertThat(browser.find(By.cssSelector("[id='portfolio:weights_data'] > tr:first-child")).getText())
        .contains("Bond fund", "40.0");
    assertThat(browser.find(By.cssSelector("[id='portfolio:weights_data'] > tr:nth-child(2)")).getText())
        .contains("Stock fund", "60.0");
    assertThat(browser.find(By.cssSelector("[id='portfolio:frontierChart'] canvas")).isDisplayed()).isTrue();
    assertThat(browser.find(By.id("frontierCsv")).getAttribute("href"))
        .startsWith("data:text/csv").contains("expectedReturn%2Cvolatility");
    assertThat(browser.find(By.id("runId")).getText()).matches("[0-9a-f-]{36}");
    browser.screenshot("portfolio-tangency");
  }
}
