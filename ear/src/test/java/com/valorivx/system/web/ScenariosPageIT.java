package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Scenarios and comparison in a real browser: save the DCF form as a scenario, open and edit it
 * (a concurrent edit is reported as a conflict, not overwritten), run it, and compare that run
 * with the DCF page's run side by side.
 */
class ScenariosPageIT extends BrowserTest {

  @Test
  void saveOpenEditRunAndCompare() {
    String name = "Page base " + UUID.randomUUID().toString().substring(0, 8);
    signInAsAdmin();

    browser.open("/dcf.xhtml");
    browser.find(By.id("dcf:value")).click();
    String dcfRun = browser.find(By.id("runId")).getText();
    browser.type(By.id("dcf:scenarioName"), name);
    browser.find(By.id("dcf:saveScenario")).click();
    assertThat(browser.find(By.id("dcf:messages")).getText()).contains("Saved as scenario '" + name + "'");

    browser.open("/scenarios.xhtml");
    browser.find(By.cssSelector("[data-scenario='" + name + "']")).click();
    assertThat(browser.find(By.id("scenarios:editName")).getAttribute("value")).isEqualTo(name);
    assertThat(browser.find(By.id("openedVersion")).getText()).isEqualTo("1");
    browser.type(By.id("scenarios:editName"), name + " v2");
    browser.find(By.id("scenarios:saveEdit")).click();
    browser.until(ExpectedConditions.textToBe(By.id("openedVersion"), "2"));

    // Someone else saves version 2 first, through the API, with another discount rate.
    ApiClient api = ApiClient.asAdmin();
    JsonObject stored = api.get("/api/v1/scenarios?kind=DCF&size=100").json().getJsonArray("items").stream()
        .map(item -> item.asJsonObject()).filter(item -> item.getString("name").equals(name + " v2"))
        .findFirst().orElseThrow();
    JsonObject cheaper = Json.createObjectBuilder(stored.getJsonObject("inputs")).add("discountRate", 0.09).build();
    ApiResponse concurrent = api.put("/api/v1/scenarios/" + stored.getString("id"),
        Json.createObjectBuilder().add("inputs", cheaper).add("version", 2).build());
    assertThat(concurrent.status()).as("%s", concurrent).isEqualTo(200);

    browser.type(By.id("scenarios:editName"), name + " mine");
    browser.find(By.id("scenarios:saveEdit")).click();
    assertThat(browser.find(By.id("scenarios:conflict")).getText()).contains("conflict").contains("version 3");
    browser.screenshot("scenario-conflict");
    browser.find(By.id("scenarios:reload")).click();
    browser.until(ExpectedConditions.textToBe(By.id("openedVersion"), "3"));
    assertThat(browser.find(By.id("scenarios:editName")).getAttribute("value")).isEqualTo(name + " v2");

    browser.find(By.cssSelector("[data-scenario='" + name + " v2']"))
        .findElement(By.xpath("./following-sibling::button[contains(@class,'run')]")).click();
    String href = browser.find(By.cssSelector("a.last-run")).getAttribute("href");
    String scenarioRun = href.substring(href.indexOf("run=") + 4);
    browser.screenshot("scenarios");

    browser.open("/compare.xhtml");
    browser.find(By.cssSelector("input[type=checkbox][value='" + dcfRun + "']")).click();
    browser.find(By.cssSelector("input[type=checkbox][value='" + scenarioRun + "']")).click();
    browser.find(By.id("compare:compareRuns")).click();
    browser.until(ExpectedConditions.urlContains("ids="));
    assertThat(browser.find(By.cssSelector("tr[data-path='inputs.discountRate']")).getAttribute("class"))
        .contains("differs");
    assertThat(browser.find(By.cssSelector("tr[data-path='inputs.sharesOutstanding']")).getAttribute("class"))
        .doesNotContain("differs");
    assertThat(browser.find(By.cssSelector("tr[data-path='result.enterpriseValue']")).getAttribute("class"))
        .contains("differs");
    browser.screenshot("compare");
  }
}
