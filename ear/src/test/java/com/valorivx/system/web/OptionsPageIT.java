package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.SystemUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The options screen in a real browser: the page opens on Hull, <i>Options, Futures, and Other
 * Derivatives</i> (8th ed.), Example 15.6 — S = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5 — whose
 * Black-Scholes call is 4.76; a Monte Carlo price shows its standard error; a bad volatility is
 * explained beside its input.
 */
class OptionsPageIT {

  private static final By PRICE = By.id("price");
  private static final By VALUE_BUTTON = By.id("option:value");

  private static Browser browser;

  @RegisterExtension
  static final AfterTestExecutionCallback SCREENSHOT_ON_FAILURE = context -> {
    if (context.getExecutionException().isPresent() && browser != null) {
      browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
    }
  };

  @BeforeAll
  static void openBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void signIn() {
    browser.open("/login.xhtml");
    browser.driver().manage().deleteAllCookies();
    browser.signIn(SystemUnderTest.ADMIN_USERNAME, SystemUnderTest.adminPassword());
    browser.find(By.id("signedInUser"));
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
    choose("option:type", "Put");
    choose("option:method", "Monte Carlo");
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

  private static void choose(String buttonId, String label) {
    browser.find(By.xpath("//div[@id='" + buttonId + "']//div[contains(@class,'ui-button')][normalize-space(.)='"
        + label + "']")).click();
  }
}
