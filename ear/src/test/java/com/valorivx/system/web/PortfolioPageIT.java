package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portfolio screen in a real browser: it opens on the two-fund example of Bodie, Kane and
 * Marcus, <i>Investments</i> (10th ed.), chapter 7, whose tangency portfolio is 40 % bonds, 60 %
 * stocks with a Sharpe ratio of 0.42; the frontier chart and its CSV download appear with it. A
 * frontier of many points runs as a job whose progress the page is pushed, then draws with the
 * chosen portfolio marked; a stored run reopens from its address.
 */
class PortfolioPageIT extends BrowserTest {

  private static final By PROGRESS = By.id("frontierProgress");
  private static final Duration JOB_PATIENCE = Duration.ofSeconds(180);
  private static final int ASSETS = 40;
  private static final int JOB_FRONTIER_POINTS = 200;
  /** The textbook rounds weights to whole percent and returns to tenths of a percent. */
  private static final double TEXTBOOK = 0.005;

  @BeforeEach
  void signIn() {
    newAdminSession();
  }

  @Test
  void textbookTangencyWithTheFrontierChartAndCsv() {
    browser.find(By.linkText("Portfolio")).click();
    browser.find(By.id("portfolio:optimize")).click();

    assertThat(browser.find(By.id("sharpeRatio")).getText()).startsWith("0.42");
    assertThat(browser.find(By.cssSelector("[id='portfolio:weights_data'] > tr:first-child")).getText())
        .contains("Bond fund", "40.0");
    assertThat(browser.find(By.cssSelector("[id='portfolio:weights_data'] > tr:nth-child(2)")).getText())
        .contains("Stock fund", "60.0");
    assertThat(browser.find(By.cssSelector("[id='portfolio:frontierChart'] canvas")).isDisplayed()).isTrue();
    String csv = browser.download(By.id("frontierCsv"));
    assertThat(csv).startsWith("200\nattachment; filename=\"efficient-frontier.csv\"\n"
        + "\"series\",\"expectedReturn\",\"volatility\",\"sharpeRatio\",\"Bond fund\",\"Stock fund\"\n");
    // 20 frontier points, then the chosen (tangency) portfolio: 40 % bonds, 60 % stocks, E = 11 %
    // status, Content-Disposition, then the file: a header, 20 frontier points, the chosen portfolio
    String[] lines = csv.split("\n");
    assertThat(lines).hasSize(2 + 1 + 20 + 1);
    String[] chosen = lines[2 + 21].split(",");
    assertThat(chosen[0]).isEqualTo("\"chosen MAX_SHARPE\"");
    assertThat(Double.parseDouble(chosen[1])).as("expected return").isCloseTo(0.11, within(TEXTBOOK));
    assertThat(Double.parseDouble(chosen[4])).as("bond weight").isCloseTo(0.40, within(TEXTBOOK));
    assertThat(Double.parseDouble(chosen[5])).as("stock weight").isCloseTo(0.60, within(TEXTBOOK));
    String runId = browser.find(By.id("runId")).getText();
    assertThat(runId).matches("[0-9a-f-]{36}");
    browser.screenshot("portfolio-tangency");

    browser.open("/portfolio.xhtml?run=" + runId);
    assertThat(browser.find(By.id("runId")).getText()).isEqualTo(runId);
    assertThat(browser.find(By.id("sharpeRatio")).getText()).startsWith("0.42");
  }

  @Test
  void aLargeFrontierRunsAsAJobWithLiveProgressAndMarksTheChosenPortfolio() {
    browser.open("/portfolio.xhtml");
    browser.type(By.id("portfolio:assets"), assets());
    browser.type(By.id("portfolio:correlations"), identity());
    // Above 100 points the page runs the frontier as a job.
    browser.type(By.id("portfolio:points"), "" + JOB_FRONTIER_POINTS);
    browser.find(By.id("portfolio:optimize")).click();
    browser.find(PROGRESS);

    String status = new WebDriverWait(browser.driver(), JOB_PATIENCE).until(driver -> {
      String s = driver.findElement(PROGRESS).getAttribute("data-final");
      return s == null || s.isEmpty() ? null : s;
    });

    assertThat(status).isEqualTo("SUCCEEDED");
    String values = browser.find(PROGRESS).getAttribute("data-progress-values");
    List<Double> received = values == null || values.isBlank() ? List.of()
        : Arrays.stream(values.split(",")).map(Double::valueOf).toList();
    assertThat(received).as("progress pushed while the frontier was computed: %s", received)
        .anySatisfy(v -> assertThat(v).isStrictlyBetween(0.0, 1.0));
    assertThat(received).isSorted();
    assertThat(browser.find(By.id("frontierPoints")).getText()).startsWith(JOB_FRONTIER_POINTS + " points")
        .contains("MAX_SHARPE");
    assertThat(browser.find(By.cssSelector("[id='portfolio:frontierChart'] canvas")).isDisplayed()).isTrue();
    assertThat(browser.driver().findElements(By.cssSelector("[id='portfolio:weights_data'] > tr"))).hasSize(ASSETS);
    String csv = browser.download(By.id("frontierCsv"));
    String[] lines = csv.split("\n");
    assertThat(lines).hasSize(2 + 1 + JOB_FRONTIER_POINTS + 1);
    assertThat(lines[2 + JOB_FRONTIER_POINTS + 1]).startsWith("\"chosen MAX_SHARPE\",");
    browser.screenshot("portfolio-frontier-job");
  }

  /** Forty assets, expected returns 4 % to 19.6 %, volatilities 8 % to 47 %. */
  private static String assets() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < ASSETS; i++) {
      lines.append(String.format(Locale.ROOT, "A%02d, %.1f, %.1f%n", i, 4 + 0.4 * i, 8.0 + i));
    }
    return lines.toString().strip();
  }

  private static String identity() {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < ASSETS; i++) {
      for (int j = 0; j < ASSETS; j++) {
        rows.append(j > 0 ? ", " : "").append(i == j ? "1" : "0");
      }
      rows.append('\n');
    }
    return rows.toString().strip();
  }
}
