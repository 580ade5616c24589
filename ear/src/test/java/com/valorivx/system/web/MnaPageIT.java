package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The M&amp;A and real-options screens in a real browser against the deployed EAR.
 *
 * <p>M&amp;A: the page opens on the hand-computed deal of the engine tests (acquirer NI 500, 100 shares
 * at 60; target NI 100 bought for 1,500 = 1,200 × 1.25 in 40 % stock, 30 % cash, 30 % debt; debt 6 %,
 * cash 2 %, tax 25 %, synergies 40, fees 30, amortisation 20): pro forma EPS 587.55 / 110 = 5.34,
 * accretion 6.83 %, breakeven synergies −10.07. Real options: the page opens on Damodaran's
 * abandonment example (254 for 250, salvage 150 over 5 years, σ 20 %, r 4 %, cost of delay 4 %):
 * put 4.13, static NPV 4.00, expanded NPV 8.13.
 */
class MnaPageIT extends BrowserTest {

  @BeforeEach
  void signedIn() {
    newAdminSession();
  }

  @Test
  void theHandComputedDealShowsAccretionChartAndGrid() {
    browser.open("/mna.xhtml");
    browser.find(By.id("mna:value")).click();

    assertThat(browser.find(By.id("accretionDilution")).getText()).isEqualTo("6.83%");
    assertThat(browser.find(By.id("proFormaEps")).getText()).isEqualTo("5.34");
    assertThat(browser.find(By.id("standaloneEps")).getText()).isEqualTo("5.00");
    assertThat(browser.find(By.id("breakevenSynergies")).getText()).isEqualTo("-10.07");
    assertThat(browser.find(By.id("proFormaNetIncome")).getText()).isEqualTo("587.55");
    assertThat(browser.find(By.cssSelector("[id='mna:epsChart'] canvas")).isDisplayed()).isTrue();
    List<WebElement> cells = browser.driver().findElements(By.cssSelector("#accretionGrid td"));
    assertThat(cells).hasSize(5 * 6);
    assertThat(browser.find(By.cssSelector("#accretionGrid td.base")).getText()).isEqualTo("6.83%");
    browser.scrollTo(null);
    browser.screenshot("mna-hand-example");
    browser.scrollTo(By.id("accretionGrid"));
    browser.screenshot("mna-accretion-grid");
  }

  @Test
  void aConsiderationThatDoesNotSumToOneIsExplainedAndNothingIsValued() {
    browser.open("/mna.xhtml");
    browser.type(By.id("mna:stock"), "50");
    browser.find(By.id("mna:value")).click();

    assertThat(browser.find(By.id("mna:messages")).getText()).contains("consideration", "sum to 1");
    assertThat(browser.driver().findElements(By.id("accretionDilution"))).isEmpty();
    browser.screenshot("mna-bad-consideration");
  }

  @Test
  void theAbandonmentExampleShowsStaticOptionAndExpandedNpvWithAVolatilityChart() {
    browser.open("/real-options.xhtml");
    browser.find(By.id("realOptions:value")).click();

    assertThat(browser.find(By.id("optionValue")).getText()).isEqualTo("4.13");
    assertThat(browser.find(By.id("staticNpv")).getText()).isEqualTo("4.00");
    assertThat(browser.find(By.id("expandedNpv")).getText()).isEqualTo("8.13");
    assertThat(browser.find(By.cssSelector("[id='realOptions:volatilityChart'] canvas")).isDisplayed()).isTrue();
    browser.scrollTo(null);
    browser.screenshot("real-options-abandon");

    browser.type(By.id("realOptions:volatility"), "-5");
    browser.find(By.id("realOptions:value")).click();
    WebElement message = browser.find(By.xpath("//input[@id='realOptions:volatility']/ancestor::div[contains(concat(' ', "
        + "@class, ' '), ' field ')][1]//*[contains(@class,'ui-message-error')]"));
    assertThat(message.getText()).containsIgnoringCase("must be above 0% and at most 500%, was -5%");
    assertThat(browser.driver().findElements(By.id("optionValue"))).isEmpty();
  }
}
