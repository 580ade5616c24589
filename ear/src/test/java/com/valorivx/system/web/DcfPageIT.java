package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.SystemUnderTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The DCF screen in a real browser against the deployed EAR: sign in, value the textbook example,
 * see a rejected input explained beside its field, and reopen a stored run from the history.
 *
 * <p>Worked example: FCF 100, 110, 121, 133.1, 146.41 (each worth 90.909 today at 10 %, sum 454.55),
 * Gordon TV = 146.41 × 1.03 / 0.07 = 2,154.32, PV 1,337.66; EV 1,792.21; equity 1,592.21; 100 shares →
 * 15.92 a share.
 */
class DcfPageIT extends BrowserTest {

  private static final By VALUE_PER_SHARE = By.id("valuePerShare");
  private static final By VALUE_BUTTON = By.id("dcf:value");

  @BeforeEach
  void signedOut() {
    newSession();
  }

  @Test
  void protectedPagesNeedSignInWrongPasswordSaysNotWhichAndSignOutEndsTheSession() {
    browser.open("/dcf.xhtml");
    assertThat(browser.find(By.id("login:username")).isDisplayed()).isTrue();

    browser.signIn(SystemUnderTest.ADMIN_USERNAME, "not-the-password");

    assertThat(browser.find(By.id("login:messages")).getText()).contains("Invalid username or password");
    browser.signIn("nobody-" + UUID.randomUUID(), "whatever");
    assertThat(browser.find(By.id("login:messages")).getText()).contains("Invalid username or password");
    browser.screenshot("login-rejected");

    signInAsAdmin();
    assertThat(browser.find(By.id("runCount")).getText()).matches("[0-9]+");
    browser.screenshot("dashboard");
    browser.find(By.id("session:signOut")).click();
    browser.find(By.id("login:username"));
    browser.open("/runs.xhtml");
    assertThat(browser.find(By.id("login:username")).isDisplayed()).as("signed out: back to sign-in").isTrue();
  }

  @Test
  void workedExampleIsValuedThenReopenedFromRunHistory() {
    String name = "Worked example " + UUID.randomUUID().toString().substring(0, 8);
    signInAsAdmin();
    assertThat(browser.find(By.id("signedInUser")).getText()).isEqualTo(SystemUnderTest.ADMIN_USERNAME);

    browser.open("/dcf.xhtml");
    fillWorkedExample(name, "3");
    browser.find(VALUE_BUTTON).click();

    assertThat(browser.find(VALUE_PER_SHARE).getText()).isEqualTo("15.92");
    assertThat(browser.find(By.id("enterpriseValue")).getText()).isEqualTo("1,792.21");
    assertThat(browser.find(By.id("equityValue")).getText()).isEqualTo("1,592.21");
    assertThat(browser.find(By.id("terminalValue")).getText()).isEqualTo("2,154.32");
    assertThat(browser.find(By.id("terminalValueShare")).getText()).isEqualTo("74.64%");
    assertThat(browser.driver().findElements(By.cssSelector("[id='dcf:yearTable_data'] > tr"))).hasSize(5);
    assertThat(browser.find(By.cssSelector("[id='dcf:cashFlowChart'] canvas")).isDisplayed()).isTrue();
    List<WebElement> heatCells = browser.driver().findElements(By.cssSelector("#sensitivity td"));
    assertThat(heatCells).hasSize(25);
    WebElement baseCell = browser.find(By.cssSelector("#sensitivity td.base"));
    assertThat(baseCell.getText()).isEqualTo("15.92");
    String runId = browser.find(By.id("runId")).getText();
    browser.scrollTo(null);
    browser.screenshot("dcf-worked-example");
    browser.scrollTo(By.id("sensitivity"));
    browser.screenshot("dcf-sensitivity");

    browser.open("/runs.xhtml");
    WebElement reopen = browser.find(By.cssSelector("[data-run='" + runId + "']"));
    assertThat(reopen.findElement(By.xpath("ancestor::tr")).getText()).contains(name, "DCF", "1,792.21", "15.92");
    browser.screenshot("run-history");
    reopen.click();

    browser.until(ExpectedConditions.urlContains("run=" + runId));
    assertThat(browser.find(By.id("dcf:name")).getAttribute("value")).isEqualTo(name);
    assertThat(browser.find(By.id("dcf:freeCashFlows")).getAttribute("value")).isEqualTo("100, 110, 121, 133.1, 146.41");
    assertThat(browser.find(By.id("dcf:discountRate")).getAttribute("value")).isEqualTo("10");
    assertThat(browser.find(By.id("dcf:growth")).getAttribute("value")).isEqualTo("3");
    assertThat(browser.find(By.id("dcf:netDebt")).getAttribute("value")).isEqualTo("200");
    assertThat(browser.find(By.id("dcf:sharesOutstanding")).getAttribute("value")).isEqualTo("100");
    assertThat(browser.find(VALUE_PER_SHARE).getText()).isEqualTo("15.92");
    assertThat(browser.find(By.id("runId")).getText()).isEqualTo(runId);
    assertThat(browser.find(By.id("dcf:reopenedNotice")).getText()).contains(name);
    browser.scrollTo(null);
    browser.screenshot("dcf-reopened");
  }

  @Test
  void growthAtOrAboveTheRateIsExplainedBesideTheGrowthInputAndNothingIsValued() {
    signInAsAdmin();
    browser.open("/dcf.xhtml");
    fillWorkedExample("Growth too high", "12");
    browser.find(VALUE_BUTTON).click();

    WebElement message = browser.find(By.xpath(
        "//input[@id='dcf:growth']/ancestor::div[contains(concat(' ', @class, ' '), ' field ')][1]//*[contains(@class,'ui-message-error')]"));
    assertThat(message.getText()).contains("must be below the discount rate");
    assertThat(browser.driver().findElements(VALUE_PER_SHARE)).isEmpty();
    assertThat(browser.driver().findElements(By.id("sensitivity"))).isEmpty();
    assertThat(browser.find(By.id("dcf:rejected")).getText()).contains("cannot be valued");
    browser.scrollTo(By.id("dcf:growth"));
    browser.screenshot("dcf-invalid-growth");
  }

  @Test
  void revenueProjectionWithWaccAndExitMultipleShowsOperatingColumnsAndAMultipleGrid() {
    signInAsAdmin();
    browser.open("/dcf.xhtml");
    choose("dcf:cashFlowSource", "Revenue projection", By.id("dcf:baseRevenue"));
    choose("dcf:discountSource", "WACC (CAPM)", By.id("dcf:beta"));
    choose("dcf:terminalMethod", "Exit multiple", By.id("dcf:exitMultiple"));
    browser.type(By.id("dcf:name"), "Projection, WACC, exit multiple");
    browser.find(VALUE_BUTTON).click();

    assertThat(browser.find(VALUE_PER_SHARE).getText()).matches("[0-9,]+\\.[0-9]{2}");
    assertThat(browser.find(By.cssSelector("[id='dcf:yearTable'] thead")).getText())
        .contains("Revenue", "EBIT", "EBITDA", "Free cash flow");
    // Default WACC: k_e = 4 % + 1.1 × 5.5 % = 10.05 %; k_d = 6 % × (1 − 25 %) = 4.5 %; 70/30 → 8.385 %.
    assertThat(browser.find(By.id("discountRateUsed")).getText()).isEqualTo("8.39%");
    assertThat(browser.find(By.cssSelector("#sensitivity thead")).getText()).contains("8.0x", "10.0x", "12.0x");
    assertThat(browser.find(By.cssSelector("#sensitivity td.base")).getText())
        .isEqualTo(browser.find(VALUE_PER_SHARE).getText());
    browser.scrollTo(null);
    browser.screenshot("dcf-projection-wacc-exit-multiple");
  }

  @Test
  void aNumberThatIsNotOneIsExplainedBesideItsInputAndHidesTheEarlierResult() {
    signInAsAdmin();
    browser.open("/dcf.xhtml");
    browser.find(VALUE_BUTTON).click();
    browser.find(VALUE_PER_SHARE);

    browser.type(By.id("dcf:netDebt"), "two hundred");
    browser.find(VALUE_BUTTON).click();

    WebElement message = browser.find(By.xpath(
        "//input[@id='dcf:netDebt']/ancestor::div[contains(concat(' ', @class, ' '), ' field ')][1]"
            + "//*[contains(@class,'ui-message-error')]"));
    assertThat(message.getText()).contains("'two hundred' is not a number");
    assertThat(browser.driver().findElements(VALUE_PER_SHARE)).isEmpty();
  }

  @Test
  void anExpiredSessionTakesTheNextAjaxRequestToSignIn() {
    signInAsAdmin();
    browser.open("/dcf.xhtml");
    browser.find(VALUE_BUTTON);
    browser.driver().manage().deleteAllCookies();

    browser.find(VALUE_BUTTON).click();

    assertThat(browser.find(By.id("login:username")).isDisplayed()).isTrue();
  }

  /** Clicks the option {@code label} of a PrimeFaces select-one button and waits for what it reveals. */
  private static void choose(String buttonId, String label, By revealed) {
    browser.choose(buttonId, label);
    browser.find(revealed);
  }

  /** Fills the DCF form with the worked example (FCF 100 growing 10 % a year, rate 10 %, net debt 200, 100 shares). */
  static void fillWorkedExample(String name, String growthPercent) {
    browser.type(By.id("dcf:name"), name);
    browser.type(By.id("dcf:freeCashFlows"), "100, 110, 121, 133.1, 146.41");
    browser.type(By.id("dcf:discountRate"), "10");
    browser.type(By.id("dcf:growth"), growthPercent);
    browser.type(By.id("dcf:netDebt"), "200");
    browser.type(By.id("dcf:sharesOutstanding"), "100");
  }
}
