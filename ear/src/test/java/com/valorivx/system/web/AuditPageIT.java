package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.ApiClient;
import jakarta.json.Json;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The audit viewer in a real browser: filter by action, actor and today's date, verify the chain → valid. */
class AuditPageIT extends BrowserTest {

  @BeforeEach
  void signIn() {
    newAdminSession();
  }

  @Test
  void filterThenVerify() {
    String name = "audit-page-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(ApiClient.asAdmin().post("/api/v1/scenarios", Json.createObjectBuilder().add("name", name)
        .add("kind", "DCF").add("inputs", Json.createObjectBuilder().add("freeCashFlows",
            Json.createArrayBuilder().add(100).add(110)).add("discountRate", 0.1)
            .add("terminal", Json.createObjectBuilder().add("method", "GORDON").add("growth", 0.02))
            .add("netDebt", 0).add("sharesOutstanding", 10)).build()).status()).isEqualTo(201);

    browser.find(By.linkText("Audit")).click();
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    browser.type(By.id("audit:from"), today);
    browser.type(By.id("audit:to"), today);
    browser.type(By.id("audit:action"), "scenario.create");
    browser.type(By.id("audit:actor"), "admin");
    WebElement unfiltered = browser.find(By.id("audit:entries"));
    browser.find(By.id("audit:search")).click();
    browser.untilGone(unfiltered);

    browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:entries"), "scenario.create"));
    for (WebElement action : browser.driver().findElements(By.cssSelector(".audit-action"))) {
      assertThat(action.getText()).isEqualTo("scenario.create");
    }
    for (WebElement actor : browser.driver().findElements(By.cssSelector(".audit-actor"))) {
      assertThat(actor.getText()).isEqualTo("admin");
    }
    assertThat(Long.parseLong(browser.find(By.id("auditTotal")).getText())).isPositive();
    assertThat(browser.find(By.id("audit:exportCsv")).getAttribute("href")).contains("format=csv")
        .contains("from=" + today);

    browser.find(By.id("audit:verify")).click();
    assertThat(browser.find(By.id("verifyResult")).getText()).isEqualTo("valid");
    assertThat(Long.parseLong(browser.find(By.id("verifyChecked")).getText())).isPositive();
    browser.screenshot("audit");
  }
}
