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

/**
 * The cash-flow screen in a real browser, on the spreadsheet functions' documented examples: IRR
 * of −70,000, 12,000, 15,000, 18,000, 21,000, 26,000 is 8.66 %; XIRR of the five dated flows from
 * 2008-01-01 is 37.34 % and their XNPV at 9 % is 2,086.65. Flows without a sign change have no IRR,
 * which the page says in words.
 */
class CashFlowsPageIT {

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
  void irrOfTheSpreadsheetExampleWithTheNpvProfile() {
    browser.find(By.linkText("Cash flows")).click();
    browser.find(By.id("cashFlows:calculate")).click();

    assertThat(browser.find(By.id("irr")).getText()).isEqualTo("8.66%");
    assertThat(browser.find(By.id("npv")).getText()).startsWith("-");
    assertThat(browser.find(By.cssSelector("[id='cashFlows:profileChart'] canvas")).isDisplayed()).isTrue();
    browser.screenshot("cash-flows-irr");
  }

  @Test
  void xirrAndXnpvOfTheDatedExample() {
    browser.open("/cash-flows.xhtml");
    browser.find(By.xpath("//div[@id='cashFlows:spacing']//div[contains(@class,'ui-button')]"
        + "[normalize-space(.)='Dated (XNPV, XIRR)']")).click();
    browser.find(By.id("cashFlows:datedFlows"));
    browser.type(By.id("cashFlows:rate"), "9");
    browser.find(By.id("cashFlows:calculate")).click();

    assertThat(browser.find(By.id("irr")).getText()).isEqualTo("37.34%");
    assertThat(browser.find(By.id("npv")).getText()).isEqualTo("2,086.65");
  }

  @Test
  void flowsWithoutASignChangeHaveNoIrrAndThePageSaysWhy() {
    browser.open("/cash-flows.xhtml");
    browser.type(By.id("cashFlows:cashFlowList"), "100, 200, 300");
    browser.find(By.id("cashFlows:calculate")).click();

    assertThat(browser.find(By.id("cashFlows:noIrr")).getText()).contains("No rate of return", "no sign change");
    assertThat(browser.find(By.id("npv")).getText()).isEqualTo("529.75");
    assertThat(browser.driver().findElements(By.id("irr"))).isEmpty();
  }

  @Test
  void aBadRateIsExplainedBesideItsInput() {
    browser.open("/cash-flows.xhtml");
    browser.type(By.id("cashFlows:rate"), "-150");
    browser.find(By.id("cashFlows:calculate")).click();

    assertThat(browser.find(By.xpath("//input[@id='cashFlows:rate']/ancestor::div"
        + "[contains(concat(' ', @class, ' '), ' field ')][1]//*[contains(@class,'ui-message-error')]")).getText())
        .isNotBlank();
    assertThat(browser.driver().findElements(By.id("npv"))).isEmpty();
  }
}
