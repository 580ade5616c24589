package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The options screen in a real browser: the page opens on Hull, <i>Options, Futures, and Other
 * Derivatives</i> (8th ed.), Example 15.6 — S = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5 — whose
 * Black-Scholes call is 4.76; a Monte Carlo price shows its standard error; a bad volatility is
 * explained beside its input.
 */
class OptionsPageIT extends BrowserTest {

  private static final By PRICE = By.id("price");
  private static final By VALUE_BUTTON = By.id("option:value");

  @BeforeEach
  void signIn() {
    newAdminSession();
  }

  @Test
  void blackScholesCallOfTheTextbookExampleWithGreeksAndTheChartAcrossSpot() {
    browser.find(By.linkText("Options")).click();
    browser.find(VALUE_BUTTON).click();

    assertThat(browser.find(PRICE).getText()).isEqualTo("4.76");
    assertThat(browser.driver().findElements(By.cssSelector("[id='option:greeks_data'] > tr"))).hasSize(5);
    // Delta N(d1) = N(0.7693) = 0.7791.
    assertThat(browser.find(By.cssSelector("[id='option:greeks_data'] > tr:first-child")).getText())
        .contains("Delta", "0.779");
    assertThat(browser.find(By.cssSelector("[id='option:profileChart'] canvas")).isDisplayed()).isTrue();
    assertThat(browser.driver().findElements(By.id("standardError"))).isEmpty();
    assertThat(browser.find(By.id("runId")).getText()).matches("[0-9a-f-]{36}");
    browser.screenshot("options-black-scholes");
  }

  @Test
  void monteCarloShowsItsStandardErrorAndAPutIsWorthTheTextbookPut() {
    browser.open("/options.xhtml");
    browser.choose("option:type", "Put");
    browser.choose("option:method", "Monte Carlo");
    browser.find(By.id("option:paths"));
    browser.find(VALUE_BUTTON).click();

    // The Black-Scholes put is 0.81; 100,000 antithetic pairs land within a few standard errors of it.
    double price = Double.parseDouble(browser.find(PRICE).getText());
    double standardError = Double.parseDouble(browser.find(By.id("standardError")).getText());
    assertThat(standardError).isPositive().isLessThan(0.01);
    assertThat(Math.abs(price - 0.81)).isLessThan(4 * standardError + 0.005);
    assertThat(browser.find(By.cssSelector("[id='option:profileChart'] canvas")).isDisplayed()).isTrue();
    browser.screenshot("options-monte-carlo");
  }

  @Test
  void aVolatilityOutOfRangeIsExplainedBesideItsInput() {
    browser.open("/options.xhtml");
    browser.type(By.id("option:volatility"), "0");
    browser.find(VALUE_BUTTON).click();

    WebElement message = browser.find(By.xpath("//input[@id='option:volatility']/ancestor::div"
        + "[contains(concat(' ', @class, ' '), ' field ')][1]//*[contains(@class,'ui-message-error')]"));
    assertThat(message.getText()).contains("Must be above 0 and at most 500%");
    assertThat(browser.driver().findElements(PRICE)).isEmpty();
  }
}
