package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The forecast screen in a real browser: a perfectly linear history is forecast exactly by both
 * methods (next value 21, zero backtest error), with the chart and the CSV export; too short a
 * history is explained beside its input; a series of a market data set is loaded and forecast.
 */
class ForecastPageIT extends BrowserTest {

  @BeforeEach
  void signIn() {
    newAdminSession();
  }

  @Test
  void aLineIsForecastExactlyByBothMethods() {
    browser.find(By.linkText("Forecast")).click();
    browser.type(By.id("forecast:history"), "5, 7, 9, 11, 13, 15, 17, 19");
    browser.find(By.id("forecast:run")).click();

    assertThat(browser.find(By.id("nextValue")).getText()).isEqualTo("21.00");
    List<WebElement> mapes = browser.driver().findElements(By.cssSelector("#mapeTable td.mape"));
    assertThat(mapes).hasSize(2);
    assertThat(mapes).allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("0.00%"));
    assertThat(browser.find(By.cssSelector("[id='forecast:forecastChart'] canvas")).isDisplayed()).isTrue();
    assertThat(browser.download(By.id("csv"))).startsWith("200\nattachment; filename=\"forecast.csv\"\nperiod,history");
    browser.screenshot("forecast-line");
  }

  /** Market data → the sample revenue → "Forecast a series": its ten annual values become the history. */
  @Test
  void theSampleRevenueIsForecastFromTheMarketDataPage() {
    browser.find(By.linkText("Market data")).click();
    browser.find(By.xpath("//a[contains(@class,'dataset-name')][contains(.,'annual revenue')]")).click();
    browser.find(By.id("market:forecastSeries")).click();

    String history = browser.find(By.id("forecast:history")).getAttribute("value");
    assertThat(history.split(",")).hasSize(10);
    assertThat(browser.find(By.id("forecast:name")).getAttribute("value")).startsWith("Sample annual revenue");
    assertThat(browser.find(By.id("forecast:messages")).getText()).contains("Loaded 10 values");
    browser.find(By.id("forecast:run")).click();

    assertThat(browser.find(By.id("nextValue")).getText()).matches("[\\d,]+\\.\\d{2}");
    assertThat(browser.driver().findElements(By.cssSelector("#mapeTable td.mape"))).hasSize(2);
    browser.screenshot("forecast-sample-revenue");
  }

  /** The selects on the page; a window with no observation is explained beside its input. */
  @Test
  void anEmptyWindowIsExplainedBesideItsInput() {
    browser.open("/forecast.xhtml");
    browser.find(By.id("forecast:seriesDataset")).click();
    browser.find(By.xpath("//li[@data-label='Sample prices (synthetic)']")).click();
    browser.until(driver -> driver.findElements(By.xpath("//select[@id='forecast:seriesSymbol_input']/option"))
        .size() == 5);
    browser.type(By.id("forecast:seriesFrom"), "2030-01-01");
    browser.find(By.id("forecast:loadSeries")).click();

    assertThat(browser.find(By.xpath("//input[@id='forecast:seriesTo']/ancestor::div"
        + "[contains(concat(' ', @class, ' '), ' field ')][1]//*[contains(@class,'ui-message-error')]")).getText())
        .contains("no observation");
  }

  @Test
  void tooShortAHistoryIsExplainedBesideItsInput() {
    browser.open("/forecast.xhtml");
    browser.type(By.id("forecast:history"), "1, 2");
    browser.find(By.id("forecast:run")).click();

    assertThat(browser.find(By.xpath("//input[@id='forecast:history']/ancestor::div"
        + "[contains(concat(' ', @class, ' '), ' field ')][1]//*[contains(@class,'ui-message-error')]")).getText())
        .contains("at least");
    assertThat(browser.driver().findElements(By.id("nextValue"))).isEmpty();
  }
}
