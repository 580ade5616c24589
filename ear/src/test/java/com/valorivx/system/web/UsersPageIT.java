package com.valorivx.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.ApiClient;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The users page in a real browser: the administrator creates a viewer; signed in as that viewer,
 * the pages offer no run, save or delete buttons and no administration menu, and the admin pages
 * themselves are closed; once the viewer is disabled, its open session ends at the next page.
 */
class UsersPageIT extends BrowserTest {

  @Test
  void anAdminCreatesAViewerWhoSeesNoRunButtonsAndNoAdminMenu() {
    String username = "page-viewer-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Pw-" + UUID.randomUUID().toString().substring(0, 12) + "-9";
    newAdminSession();

    assertThat(browser.driver().findElements(By.cssSelector("a[href*='/admin/users.xhtml']"))).isNotEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("a[href*='/admin/tenants.xhtml']"))).isNotEmpty();
    browser.open("/admin/users.xhtml");
    browser.type(By.id("users:newUsername"), username);
    browser.type(By.id("users:newUserPassword"), password);
    browser.find(By.id("users:createUser")).click();
    browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"), "User " + username
        + " created."));
    assertThat(browser.find(By.id("users:list")).getText()).contains(username).contains("viewer");
    browser.screenshot("users");

    // A weak password is refused beside its field.
    browser.type(By.id("users:newUsername"), username + "-2");
    browser.type(By.id("users:newUserPassword"), "short");
    browser.find(By.id("users:createUser")).click();
    browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"),
        "password must be 12 to 128 characters long"));

    newSession();
    browser.signIn(username, password);
    assertThat(browser.find(By.id("signedInUser")).getText()).isEqualTo(username);
    // Administration links other than "Plan & usage", which every user of the tenant may read.
    assertThat(browser.driver().findElements(By.cssSelector("a[href*='/admin/']:not([href*='/admin/plan.xhtml'])")))
        .as("admin menu").isEmpty();
    assertThat(browser.driver().findElements(By.linkText("Plan & usage"))).as("plan and usage").hasSize(1);

    browser.open("/dcf.xhtml");
    browser.find(By.id("dcf"));
    assertThat(browser.driver().findElements(By.id("dcf:value"))).as("Value button").isEmpty();
    assertThat(browser.driver().findElements(By.id("dcf:saveScenario"))).as("Save button").isEmpty();
    browser.open("/scenarios.xhtml");
    browser.find(By.id("scenarios"));
    assertThat(browser.driver().findElements(By.id("scenarios:createScenario"))).as("Save scenario").isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("button.run, button.delete"))).as("Run/Delete").isEmpty();
    browser.open("/monte-carlo.xhtml");
    browser.find(By.id("signedInUser"));
    assertThat(browser.driver().findElements(By.cssSelector("button[id$=':run'], button[id$=':start']")))
        .as("Run buttons").isEmpty();
    browser.screenshot("viewer-dcf");

    // The admin pages are closed to a viewer, whatever the menu shows.
    browser.open("/admin/users.xhtml");
    assertThat(browser.driver().findElements(By.id("users:createUser"))).isEmpty();

    // Disabled by the administrator (over the API), the viewer's open session ends at its next page.
    ApiClient admin = ApiClient.asAdmin();
    String id = admin.get("/api/v1/admin/users?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class)
        .stream().filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow().getString("id");
    assertThat(admin.post("/api/v1/admin/users/" + id + "/disable").status()).isEqualTo(200);
    browser.open("/runs.xhtml");
    browser.find(By.id("login:username"));
    browser.signIn(username, password);
    browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"),
        "Invalid username or password"));
  }
}
