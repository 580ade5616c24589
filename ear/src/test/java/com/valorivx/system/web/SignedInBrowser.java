package com.valorivx.system.web;

import com.valorivx.system.support.SystemUnderTest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;

/**
 * A page test's browser as a JUnit extension ({@code @RegisterExtension static final}): one browser
 * for the test class, signed in afresh as the administrator before each test, and a screenshot
 * named after a test that failed.
 */
final class SignedInBrowser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
    AfterTestExecutionCallback {

  private Browser browser;

  /** The browser, open from before the first test to after the last. */
  Browser browser() {
    return browser;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    browser = new Browser();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (browser != null) {
      browser.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    browser.open("/login.xhtml");
    browser.driver().manage().deleteAllCookies();
    browser.signIn(SystemUnderTest.ADMIN_USERNAME, SystemUnderTest.adminPassword());
    browser.find(By.id("signedInUser"));
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent() && browser != null) {
      browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
    }
  }
}
