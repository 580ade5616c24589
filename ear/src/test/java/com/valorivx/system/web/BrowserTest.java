package com.valorivx.system.web;

import com.valorivx.system.support.SystemUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * What every browser test shares: one {@link Browser} per test class, opened before its first
 * test and closed after its last, a screenshot of what it showed when a test fails, and the
 * session steps (a fresh session, signing in as the administrator).
 */
abstract class BrowserTest {

  /** The browser of the running test class. */
  static Browser browser;

  /** A failed test leaves a screenshot of what the browser showed, named after the test. */
  @RegisterExtension
  static final AfterTestExecutionCallback SCREENSHOT_ON_FAILURE = context -> {
    if (context.getExecutionException().isPresent() && browser != null) {
      browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
    }
  };

  @BeforeAll
  static void openBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** Starts a fresh, signed-out session on the login page. */
  static void newSession() {
    browser.open("/login.xhtml");
    browser.driver().manage().deleteAllCookies();
  }

  /** Signs in as the administrator and waits for the application shell. */
  static void signInAsAdmin() {
    browser.signIn(SystemUnderTest.ADMIN_USERNAME, SystemUnderTest.adminPassword());
    browser.find(By.id("signedInUser"));
  }

  /** A fresh session, signed in as the administrator. */
  static void newAdminSession() {
    newSession();
    signInAsAdmin();
  }
}
