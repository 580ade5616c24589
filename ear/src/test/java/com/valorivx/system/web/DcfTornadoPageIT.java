package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The DCF page's tornado section in a real browser: the worked example (15.92 a share) swung by
 * the default swings draws four bars, the discount rate widest (±1 point: 19.01 and 13.61).
 */
class DcfTornadoPageIT extends BrowserTest {

  @Test
  void theWorkedExampleDrawsATornadoWidestBarFirst() {
    signInAsAdmin();
    browser.open("/dcf.xhtml");
    browser.find(By.id("dcf:value")).click();

    assertThat(browser.find(By.id("valuePerShare")).getText()).isEqualTo("15.92");
    assertThat(browser.find(By.cssSelector("[id='dcf:tornadoChart'] canvas")).isDisplayed()).isTrue();
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#tornado tbody tr"));
    assertThat(rows).hasSize(4);
    // The same figures as the sensitivity grid's 9 % and 11 % rows at 3 % growth.
    assertThat(rows.get(0).getText()).startsWith("Discount rate").contains("9.00%", "11.00%", "19.01", "13.61");
    assertThat(rows.get(3).getText()).startsWith("Net debt");
    browser.scrollTo(By.id("tornado"));
    browser.screenshot("dcf-tornado");
  }
}
