package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The credit dashboard in a real browser: the structural model opens on Hull, <i>Options, Futures,
 * and Other Derivatives</i> (9th ed.), Example 24.3 (PD 12.7 %, assets 12.40), the Z-score on a
 * hand-computed original score of 2.995 (SAFE); a bad loss given default is explained beside its input.
 */
class CreditPageIT extends BrowserTest {

  @BeforeEach
  void signIn() {
    newAdminSession();
  }

  @Test
  void textbookStructuralModelWithTheLeverageChartAndItsCsv() {
    browser.find(By.linkText("Credit")).click();
    browser.find(By.id("credit:solve")).click();

    assertThat(browser.find(By.id("probabilityOfDefault")).getText()).startsWith("12.7");
    assertThat(browser.find(By.id("assetValue")).getText()).isEqualTo("12.40");
    assertThat(browser.find(By.cssSelector("[id='credit:leverageChart'] canvas")).isDisplayed()).isTrue();
    assertThat(browser.download(By.id("leverageCsv"))).startsWith("200\nattachment; filename=\"credit-pd-by-debt.csv\"")
        .contains("debtFaceValue,probabilityOfDefault");
    assertThat(browser.find(By.id("mertonRunId")).getText()).matches("[0-9a-f-]{36}");
    browser.screenshot("credit-merton");
  }

  @Test
  void zScoreAndItsZone() {
    browser.open("/credit.xhtml");
    browser.find(By.id("credit:score")).click();

    // four decimals, so a score just above the 2.99 cut-off does not read as 2.99
    assertThat(browser.find(By.id("zScore")).getText()).isEqualTo("2.9950");
    assertThat(browser.find(By.id("zone")).getText()).isEqualTo("SAFE");
    assertThat(browser.find(By.cssSelector("[id='credit:zoneChart'] canvas")).isDisplayed()).isTrue();
    browser.screenshot("credit-altman");
  }

  @Test
  void aLossGivenDefaultOutOfRangeIsExplainedBesideItsInput() {
    browser.open("/credit.xhtml");
    browser.type(By.id("credit:lossGivenDefault"), "150");
    browser.find(By.id("credit:solve")).click();

    WebElement message = browser.find(By.xpath("//input[@id='credit:lossGivenDefault']/ancestor::div"
        + "[contains(concat(' ', @class, ' '), ' field ')][1]//*[contains(@class,'ui-message-error')]"));
    assertThat(message.getText()).contains("between 0 and 1");
    assertThat(browser.driver().findElements(By.id("probabilityOfDefault"))).isEmpty();
  }
}
