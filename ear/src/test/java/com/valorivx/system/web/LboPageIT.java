package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The LBO screen in a real browser against the deployed EAR: fill the specification's worked
 * example (8× on EBITDA 100, 500 of debt at 8 %, EBITDA +5 %, 50 % cash conversion, full sweep, exit
 * after 5 years at 8×: IRR 15.78 %, MOIC 2.081, debt at exit 396.83) and see its returns; see a bad
 * rate on the second tranche row explained beside that row's input.
 */
class LboPageIT extends BrowserTest {

  private static final By IRR = By.id("irr");
  private static final By VALUE_BUTTON = By.id("lbo:value");

  @BeforeEach
  void signedIn() {
    newAdminSession();
  }

  @Test
  void theWorkedExampleShowsItsReturnsScheduleChartAndGrid() {
    browser.open("/lbo.xhtml");
    fillWorkedExample();
    browser.find(VALUE_BUTTON).click();

    assertThat(browser.find(IRR).getText()).isEqualTo("15.78%");
    assertThat(browser.find(By.id("moic")).getText()).isEqualTo("2.0806x");
    assertThat(browser.find(By.id("equityInvested")).getText()).isEqualTo("300.00");
    assertThat(browser.find(By.id("exitEquityValue")).getText()).isEqualTo("624.19");
    assertThat(browser.find(By.id("exitDebt")).getText()).isEqualTo("396.83");
    assertThat(browser.find(By.id("totalSources")).getText()).isEqualTo(browser.find(By.id("totalUses")).getText());
    assertThat(browser.driver().findElements(By.cssSelector("[id='lbo:yearTable_data'] > tr"))).hasSize(5);
    assertThat(browser.find(By.cssSelector("[id='lbo:lboChart'] canvas")).isDisplayed()).isTrue();
    List<WebElement> heatCells = browser.driver().findElements(By.cssSelector("#returnsGrid td"));
    assertThat(heatCells).hasSize(25);
    assertThat(browser.find(By.cssSelector("#returnsGrid td.base")).getText()).isEqualTo("15.78%");
    browser.scrollTo(null);
    browser.screenshot("lbo-worked-example");
    browser.scrollTo(By.id("returnsGrid"));
    browser.screenshot("lbo-returns-grid");
  }

  @Test
  void aBadRateOnTheSecondTrancheRowIsExplainedBesideIt() {
    browser.open("/lbo.xhtml");
    fillWorkedExample();
    browser.type(By.id("lbo:trancheName1"), "Mezzanine");
    browser.type(By.id("lbo:trancheAmount1"), "100");
    browser.type(By.id("lbo:trancheRate1"), "150");
    browser.find(VALUE_BUTTON).click();

    WebElement message = browser.find(By.xpath(
        "//input[@id='lbo:trancheRate1']/ancestor::td[1]//*[contains(@class,'ui-message-error')]"));
    assertThat(message.getText()).contains("between 0% and 100% a year, was 150%");
    assertThat(browser.driver().findElements(IRR)).isEmpty();
    assertThat(browser.find(By.id("lbo:rejected")).getText()).contains("cannot be valued");
    browser.scrollTo(By.id("tranches"));
    browser.screenshot("lbo-invalid-tranche-rate");
  }

  private static void fillWorkedExample() {
    browser.type(By.id("lbo:name"), "Worked LBO");
    browser.type(By.id("lbo:entryEbitda"), "100");
    browser.type(By.id("lbo:entryMultiple"), "8");
    browser.type(By.id("lbo:years"), "5");
    browser.type(By.id("lbo:trancheName0"), "Senior");
    browser.type(By.id("lbo:trancheAmount0"), "500");
    browser.type(By.id("lbo:trancheRate0"), "8");
    browser.type(By.id("lbo:ebitdaGrowth"), "5");
    browser.type(By.id("lbo:cashConversion"), "50");
    browser.type(By.id("lbo:cashSweepRate"), "100");
    browser.type(By.id("lbo:exitMultiple"), "8");
  }
}
