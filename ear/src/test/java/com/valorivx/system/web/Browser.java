package com.valorivx.system.web;

import com.valorivx.system.support.SystemUnderTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver: both paths are given, so
 * Selenium Manager never runs and nothing is downloaded. Screenshots go to
 * {@code target/screenshots}, named after the database the instance runs on.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  /**
   * Selenium looks for DevTools bindings matching Chromium's version and warns twice per browser when
   * it has none; these tests use no DevTools feature, so the warnings are quietened (kept referenced:
   * java.util.logging holds loggers weakly).
   */
  private static final List<Logger> QUIET = quieten("org.openqa.selenium.devtools.CdpVersionFinder",
      "org.openqa.selenium.chromium.ChromiumDriver");

  private static final Path TARGET = Path.of("target");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final WebDriver driver;

  Browser() {
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--window-size=1440,1100", "--user-data-dir=" + freshProfile());
    driver = new ChromeDriver(options);
    driver.manage().timeouts().pageLoadTimeout(WAIT);
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens {@code path} of the instance. */
  void open(String path) {
    driver.get(SystemUnderTest.uri(path).toString());
  }

  /** The visible element {@code by}, waited for; one replaced while it was being looked at is looked up again. */
  WebElement find(By by) {
    return until(driver -> {
      try {
        return ExpectedConditions.visibilityOfElementLocated(by).apply(driver);
      } catch (WebDriverException e) {
        if (detached(e)) {
          return null;
        }
        throw e;
      }
    });
  }

  <T> T until(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).until(condition);
  }

  /**
   * Replaces the text of an input. An ajax update may replace the input between finding and typing
   * ("does not belong to the document"): then it is found again, at most three times.
   */
  void type(By by, String text) {
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement input = find(by);
        input.clear();
        input.sendKeys(text);
        return;
      } catch (WebDriverException e) {
        if (!detached(e) || attempt == 3) {
          throw e;
        }
      }
    }
  }

  /**
   * Waits until {@code element} has left the document, as after a full-page submit or an ajax
   * update that replaced it. Selenium's own staleness check knows only the stale-element error;
   * Chromium may instead answer "Node with given id does not belong to the document", which
   * means the same.
   */
  void untilGone(WebElement element) {
    until(driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (WebDriverException e) {
        if (detached(e)) {
          return true;
        }
        throw e;
      }
    });
  }

  /** Whether {@code e} says that the element it was about is no longer in the page. */
  private static boolean detached(WebDriverException e) {
    return e instanceof StaleElementReferenceException
        || String.valueOf(e.getMessage()).contains("does not belong to the document");
  }

  /** Clicks the option {@code label} of the PrimeFaces select-one button {@code buttonId}. */
  void choose(String buttonId, String label) {
    find(By.xpath("//div[@id='" + buttonId + "']//div[contains(@class,'ui-button')][normalize-space(.)='"
        + label + "']")).click();
  }

  /** Signs in on the login page and waits for the application shell. */
  void signIn(String username, String password) {
    open("/login.xhtml");
    type(By.id("login:username"), username);
    type(By.id("login:password"), password);
    WebElement signIn = find(By.id("login:signIn"));
    signIn.click();
    // A full-page submit: wait for the answer so nothing is read off the page it replaces.
    untilGone(signIn);
  }

  /**
   * What the link {@code by} downloads, fetched by the page itself (same session): the response's
   * status, Content-Disposition and body, one per line, then the body.
   */
  String download(By by) {
    String href = find(by).getAttribute("href");
    Object answer = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text().then(function (t) {"
        + " done(r.status + '\\n' + r.headers.get('Content-Disposition') + '\\n' + t); }); })"
        + ".catch(function (e) { done('failed\\n' + e + '\\n'); });", href);
    return String.valueOf(answer).replace("\r\n", "\n");
  }

  /** Scrolls the page so that {@code by} is at the top of the window ({@code null}: to the very top). */
  void scrollTo(By by) {
    if (by == null) {
      ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    } else {
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", find(by));
    }
  }

  /** Saves a screenshot as {@code target/screenshots/<name>-<database>.png}. */
  Path screenshot(String name) {
    try {
      Path dir = Files.createDirectories(TARGET.resolve("screenshots"));
      Path file = dir.resolve(name + "-" + SystemUnderTest.database() + ".png");
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      return Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static List<Logger> quieten(String... names) {
    List<Logger> loggers = Arrays.stream(names).map(Logger::getLogger).toList();
    loggers.forEach(logger -> logger.setLevel(Level.SEVERE));
    return loggers;
  }

  private static Path freshProfile() {
    try {
      return Files.createTempDirectory(Files.createDirectories(TARGET.resolve("chromium")), "profile-").toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
