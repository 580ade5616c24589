package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The market data page in a real browser: the synthetic sample is listed first, opens with its
 * price chart, estimates weekly inputs, and hands them to the portfolio page; a CSV uploads through
 * the file chooser.
 */
class MarketDataPageIT extends BrowserTest {

  @BeforeEach
  void signIn() {
    newAdminSession();
  }

  @Test
  void sampleChartEstimateAndPortfolio() {
    browser.find(By.linkText("Market data")).click();
    browser.find(By.cssSelector("[id='market:datasets'] tbody tr:first-child .dataset-name")).click();

    assertThat(browser.find(By.id("selectedName")).getText()).contains("synthetic");
    assertThat(browser.find(By.cssSelector("[id='market:priceChart'] canvas")).isDisplayed()).isTrue();

    browser.type(By.id("market:from"), "2023-01-01");
    browser.find(By.id("market:estimate")).click();
    assertThat(browser.find(By.id("observations")).getText()).matches("\\d+");
    assertThat(browser.driver().findElements(By.cssSelector("[id='market:estimates'] .expected-return"))).hasSize(5);
    browser.screenshot("market-data-estimate");

    browser.find(By.id("market:usePortfolio")).click();
    assertThat(browser.find(By.id("portfolio:assets")).getAttribute("value")).startsWith("SYNA, ");
    browser.find(By.id("portfolio:optimize")).click();
    assertThat(browser.find(By.id("expectedReturn")).getText()).endsWith("%");
    assertThat(browser.driver().findElements(By.cssSelector("[id='portfolio:weights'] .weight")).size())
        .isEqualTo(5);
  }

  @Test
  void uploadThroughTheFileChooser() throws Exception {
    Path csv = Files.createTempFile("market-", ".csv");
    Files.writeString(csv, "date,AAA,BBB\n2024-01-02,100,50\n2024-01-03,101,50.5\n2024-01-04,99.5,51\n"
        + "2024-01-05,102,50.2\n");
    String name = "Browser upload " + UUID.randomUUID().toString().substring(0, 8);
    browser.open("/market-data.xhtml");
    browser.type(By.id("upload:uploadName"), name);
    browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(csv.toString());
    browser.find(By.id("upload:uploadButton")).click();

    assertThat(browser.find(By.id("selectedName")).getText()).isEqualTo(name);
    assertThat(browser.find(By.cssSelector("[id='market:priceChart'] canvas")).isDisplayed()).isTrue();
    Files.deleteIfExists(csv);
  }
}
