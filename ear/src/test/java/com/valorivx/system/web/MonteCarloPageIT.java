package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Monte Carlo screen in a real browser: a simulation large enough to take seconds (5 million
 * paths of a 50-year projection) streams its progress over the WebSocket into the page before it
 * completes (the page records every progress value it received in {@code data-progress-values}),
 * then the result renders with its histogram; a second simulation is cancelled from the page.
 */
class MonteCarloPageIT extends BrowserTest {

  private static final By PROGRESS = By.id("mcProgress");
  private static final Duration JOB_PATIENCE = Duration.ofSeconds(180);

  @BeforeEach
  void signIn() {
    newAdminSession();
    browser.open("/monte-carlo.xhtml");
  }

  @Test
  void progressArrivesLiveBeforeTheResultRenders() {
    startLargeSimulation();

    String finalStatus = awaitFinal();

    assertThat(finalStatus).isEqualTo("SUCCEEDED");
    List<Double> received = progressValues();
    assertThat(received).as("progress values pushed before completion: %s", received)
        .anySatisfy(value -> assertThat(value).isStrictlyBetween(0.0, 1.0));
    assertThat(received).isSorted();
    assertThat(browser.find(By.id("mcMean")).getText()).matches("-?[0-9,]+\\.[0-9]{2}");
    assertThat(browser.find(By.id("mcProbability")).getText()).endsWith("%");
    assertThat(browser.find(By.id("mcRunId")).getText()).matches("[0-9a-f-]{36}");
    assertThat(browser.find(By.cssSelector("[id='mc:histogram'] canvas")).isDisplayed()).isTrue();
    browser.scrollTo(null);
    browser.screenshot("monte-carlo-result");
  }

  @Test
  void aRunningSimulationCanBeCancelledFromThePage() {
    startLargeSimulation();
    new WebDriverWait(browser.driver(), JOB_PATIENCE).until(driver -> "RUNNING".equals(
        driver.findElement(PROGRESS).getAttribute("data-status")));

    browser.find(By.id("mc:cancel")).click();

    assertThat(awaitFinal()).isEqualTo("CANCELLED");
    assertThat(browser.find(By.id("mc:outcome")).getText()).contains("cancelled");
  }

  private void startLargeSimulation() {
    browser.type(By.id("mc:years"), "50");
    browser.type(By.id("mc:paths"), "5000000");
    browser.find(By.id("mc:start")).click();
    browser.find(PROGRESS);
  }

  private String awaitFinal() {
    return new WebDriverWait(browser.driver(), JOB_PATIENCE).until(driver -> {
      String status = driver.findElement(PROGRESS).getAttribute("data-final");
      return status == null || status.isEmpty() ? null : status;
    });
  }

  private List<Double> progressValues() {
    String values = browser.find(PROGRESS).getAttribute("data-progress-values");
    return values == null || values.isBlank() ? List.of()
        : Arrays.stream(values.split(",")).map(Double::valueOf).toList();
  }
}
