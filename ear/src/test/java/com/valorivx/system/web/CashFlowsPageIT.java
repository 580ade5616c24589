package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The cash-flow screen in a real browser, on the spreadsheet functions' documented examples: IRR
 * of −70,000, 12,000, 15,000, 18,000, 21,000, 26,000 is 8.66 %; XIRR of the five dated flows from
 * 2008-01-01 is 37.34 % and their XNPV at 9 % is 2,086.65. Flows without a sign change have no IRR,
 * which the page says in words.
 */
class CashFlowsPageIT extends BrowserTest {

  @BeforeEach
  void signIn() {
    newAdminSession();
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
    browser.choose("cashFlows:spacing", "Dated (XNPV, XIRR)");
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
