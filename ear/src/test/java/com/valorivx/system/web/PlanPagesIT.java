package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valorivx.system.api.PlanTenant;
import com.valorivx.system.support.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Plan &amp; usage" and "Billing reconciliation" in a real browser, and a model page refusing a model
 * outside the tenant's plan with a clear message rather than an error page.
 */
class PlanPagesIT extends BrowserTest {

  @Test
  void theAdministratorSeesTheEnterprisePlanWithUsageBars() {
    newAdminSession();
    browser.find(By.linkText("Plan & usage")).click();

    assertThat(browser.find(By.id("planName")).getText()).isEqualTo("Enterprise");
    assertThat(browser.find(By.id("features")).getText()).contains("DCF", "LBO", "RISK");
    assertThat(browser.find(By.cssSelector(".results")).getText())
        .contains("Valuations this month", "Monte Carlo paths this month", "Seats");
    assertThat(browser.driver().findElements(By.cssSelector(".usage-bar .ui-progressbar"))).hasSize(3);

    browser.type(By.id("plan:tenantId"), "00000000-0000-0000-0000-000000000000");
    browser.find(By.id("plan:assign")).click();
    assertThat(browser.find(By.id("plan:messages")).getText()).contains("no such tenant");
    browser.screenshot("plan-usage");
  }

  @Test
  void theOperatorReconcilesAndDownloadsCsv() {
    newAdminSession();
    browser.find(By.linkText("Billing")).click();
    browser.find(By.id("billing:reconcile")).click();

    assertThat(browser.find(By.cssSelector("#lines tbody")).getText()).contains("ENTERPRISE");
    assertThat(browser.find(By.id("csv")).getAttribute("href")).startsWith("data:text/csv");
    browser.screenshot("billing-reconciliation");
  }

  @Test
  void aModelOutsideThePlanIsRefusedWithAMessage() throws Exception {
    assumeTrue(SystemUnderTest.jdbcUrl().isPresent(), "valor.it.jdbcUrl not set");
    PlanTenant trial = PlanTenant.create("TRIAL");
    newSession();
    browser.signIn(trial.username(), trial.password());
    browser.find(By.id("signedInUser"));
    assertThat(browser.driver().findElements(By.linkText("Billing"))).as("operators only").isEmpty();

    browser.open("/lbo.xhtml");
    browser.find(By.id("lbo:value")).click();
    assertThat(browser.find(By.id("lbo:messages")).getText()).contains("Your plan (TRIAL) does not include LBO");
  }
}
