package org.imrstream.dev.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through its chromedriver by Selenium: both found by path, so
 * Selenium Manager never looks for (or downloads) a browser or a driver. {@code .ci/run} installs
 * the packages; on a developer's machine without them the browser tests are skipped, in CI they
 * fail.
 */
public final class HeadlessChromium implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /**
   * Skips the calling test when Chromium or chromedriver is missing, unless {@code CI=true}: there
   * a missing browser is a failure, never a silent skip.
   */
  public static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if ("true".equals(System.getenv("CI"))) {
      assertThat(installed)
          .as(
              "CI needs %s and %s (Debian's chromium and chromium-driver; .ci/run installs them)",
              CHROMIUM, CHROMEDRIVER)
          .isTrue();
    }
    assumeTrue(
        installed,
        () ->
            "no "
                + CHROMIUM
                + " or "
                + CHROMEDRIVER
                + ": apt-get install chromium chromium-driver to run the browser tests");
  }

  /** A new headless browser, 1400 x 1000, its driver's log in {@code logs/chromedriver.log}. */
  public static HeadlessChromium start(Path logs) throws IOException {
    Files.createDirectories(logs);
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        // Nothing but the page under test: no update checks, sync or other calls home.
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-sync");
    // An alert the page raised stays open, so the test sees it instead of Selenium dismissing it.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(logs.resolve("chromedriver.log").toFile())
            .build();
    return new HeadlessChromium(new ChromeDriver(service, options));
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** A screenshot of the whole page at {@code width}, as tall as the page, into {@code file}. */
  public void screenshot(Path file, int width) throws IOException {
    Dimension before = driver.manage().window().getSize();
    Number height =
        (Number)
            driver.executeScript(
                "return Math.max(document.documentElement.scrollHeight,"
                    + " document.body.scrollHeight)");
    // The window's outer height also holds the (headless) browser's frame: a little more than
    // the page.
    driver.manage().window().setSize(new Dimension(width, Math.min(4000, height.intValue() + 140)));
    try {
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
