package org.imrstream.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.imrstream.dev.browser.HeadlessChromium;
import org.imrstream.dev.process.Awaiting;
import org.imrstream.dev.process.Generated;
import org.imrstream.dev.process.ImrProcess;
import org.imrstream.dev.process.LocalClusterProcess;
import org.imrstream.dev.process.PipelineProcesses;
import org.imrstream.testkit.TestLetters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The sink's dashboard page in a real (headless) Chromium against {@code imr sink --http-port} and
 * a real local cluster: letters published after the page loaded show up in its table (every
 * decision counted once), its chart and its latest decisions, through the event stream and never a
 * reload; a letter's item that is HTML is shown as text, never run.
 */
class DashboardPageIT {

  private static final String HOSTILE_ITEM = "<img src=x onerror=alert(1)>";
  private static final String HOSTILE_CASE = "CM18-0000001";
  // The generator's last decision date: the hostile decision is among the newest, and its case
  // number (CM18, a year the generator never issues) puts it first among them.
  private static final LocalDate HOSTILE_DATE = LocalDate.of(2017, 12, 29);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void pageShowsEveryDecisionAndUpdatesLiveWithoutReloading(@TempDir Path dir) throws Exception {
    HeadlessChromium.assumeInstalled();
    Generated first = Generated.write(dir, 80, 41);
    Generated second = Generated.write(dir, 40, 43);
    assertThat(first.truth().caseNumbers())
        .as("two batches of distinct letters")
        .doesNotContainAnyElementsOf(second.truth().caseNumbers());
    Path hostile = dir.resolve("hostile");
    Files.createDirectories(hostile);
    Files.write(
        hostile.resolve(HOSTILE_CASE + ".txt"),
        TestLetters.letter(
            HOSTILE_CASE,
            HOSTILE_DATE,
            TestLetters.LOW_BACK,
            new String[] {HOSTILE_ITEM, "Lumbar MRI"},
            new String[] {"Overturned", "Upheld"}));
    long firstDecisions = first.truth().decisions() + 2;
    long allDecisions = firstDecisions + second.truth().decisions();

    try (LocalClusterProcess cluster =
        LocalClusterProcess.start(1, dir.resolve("kafka"), dir.resolve("logs"))) {
      String bootstrap = cluster.bootstrapServers();
      PipelineProcesses pipeline = new PipelineProcesses(cluster, dir);
      try (ImrProcess streams = pipeline.streams("--create-topics")) {
        Awaiting.until(
            "topics created", Duration.ofMinutes(1), () -> Awaiting.topicsExist(bootstrap));
        int port = freePort();
        try (ImrProcess sink = pipeline.sink("--http-port", Integer.toString(port))) {
          String page = "http://127.0.0.1:" + port + "/";
          Awaiting.until(
              () -> "the sink serves its page and API; see " + sink + " in " + pipeline.logs(),
              Duration.ofMinutes(2),
              () -> status(page) == 200 && status(page + "api/guidelines") == 200);

          try (HeadlessChromium browser = HeadlessChromium.start(dir.resolve("logs"))) {
            ChromeDriver driver = browser.driver();
            driver.get(page);
            Object loadedAt = driver.executeScript("return window.__loadedAt");
            assertThat(loadedAt).as("the page's load marker").isNotNull();
            Awaiting.until(
                () -> "the page's event stream connected; status " + status(driver),
                Duration.ofSeconds(30),
                () -> "live".equals(attribute(driver, "status", "data-state")));
            assertThat(guidelineRows(driver)).as("nothing published yet").isEmpty();

            publish(pipeline, first.letters(), hostile);
            awaitTotal(driver, firstDecisions);
            assertTableMatchesApi(driver, port, firstDecisions);
            assertChartShowsLargest(driver);
            assertHostileItemIsText(driver);
            assertSortsAndCharts(driver);

            // More letters, and the same page (no reload) counts them too.
            String url = driver.getCurrentUrl();
            long eventsBefore = Long.parseLong(attribute(driver, "status", "data-events"));
            publish(pipeline, second.letters());
            awaitTotal(driver, allDecisions);
            assertTableMatchesApi(driver, port, allDecisions);
            assertThat(driver.getCurrentUrl()).isEqualTo(url);
            assertThat(driver.executeScript("return window.__loadedAt"))
                .as("the page never reloaded")
                .isEqualTo(loadedAt);
            assertThat(Long.parseLong(attribute(driver, "status", "data-events")))
                .as("server-sent events received")
                .isGreaterThan(eventsBefore);
            assertHostileItemIsText(driver);
            assertNoAlert(driver);
            assertFreshPageShowsTheSameDecisions(driver, page);

            // The picture for docs/: sorted by all-time total, the largest guideline charted.
            click(driver, "#guidelines th[data-sort='allTime.total'] button");
            if (!"descending".equals(sortOf(driver, "allTime.total"))) {
              click(driver, "#guidelines th[data-sort='allTime.total'] button");
            }
            clickRow(driver, driver.findElement(By.cssSelector("#guidelines tbody tr")));
            awaitChartPoints(driver);
            Awaiting.until(
                "the page's highlights of what changed faded",
                Duration.ofSeconds(10),
                () ->
                    ((Number) driver.executeScript("return document.getAnimations().length"))
                            .intValue()
                        == 0);
            browser.screenshot(Path.of("target", "dashboard.png"), 1400);
          }
        }
      }
    }
  }

  private void publish(PipelineProcesses pipeline, Path... letters) throws Exception {
    List<String> paths = new ArrayList<>();
    for (Path p : letters) {
      paths.add(p.toString());
    }
    try (ImrProcess produce = pipeline.produce(paths.toArray(String[]::new))) {
      assertThat(produce.awaitExit(Duration.ofMinutes(2)))
          .as("imr produce: " + produce.stderr())
          .isZero();
    }
  }

  /** Waits until the table's all-time totals add up to {@code decisions}, the table as shown. */
  private static void awaitTotal(ChromeDriver driver, long decisions) throws Exception {
    Awaiting.until(
        () ->
            "the table counts "
                + decisions
                + " decisions; it shows "
                + attribute(driver, "guidelines", "data-total")
                + " in "
                + attribute(driver, "guidelines", "data-rows")
                + " rows; status "
                + status(driver),
        Duration.ofMinutes(3),
        () -> rowTotals(driver).values().stream().mapToLong(Long::longValue).sum() == decisions);
  }

  /** One row per guideline of the API, each with the API's all-time counts, as text. */
  private void assertTableMatchesApi(ChromeDriver driver, int port, long decisions)
      throws Exception {
    JsonNode api = get(port, "/api/guidelines");
    Map<String, Long> shown = rowTotals(driver);
    List<String> names = new ArrayList<>();
    for (JsonNode g : api.get("guidelines")) {
      String name = g.get("guideline").asText();
      names.add(name);
      assertThat(shown).containsEntry(name, g.at("/allTime/total").asLong());
    }
    assertThat(shown.keySet()).containsExactlyInAnyOrderElementsOf(names);
    WebElement totals = driver.findElement(By.id("totals"));
    assertThat(totals.findElement(By.cssSelector("[data-field='allTime.total']")).getText())
        .isEqualTo(String.format(Locale.ROOT, "%,d", decisions));
    // The window's bounds, as the API states them, head its columns.
    assertThat(driver.findElement(By.id("window-head")).getText())
        .contains(api.at("/window/start").asText(), api.at("/window/end").asText());
    // A row as a person reads it: counts right-aligned, the rate a percentage with one decimal.
    JsonNode g = api.get("guidelines").get(0);
    WebElement row = row(driver, g.get("guideline").asText());
    assertThat(row.findElement(By.cssSelector("th")).getText())
        .isEqualTo(g.get("guideline").asText());
    assertThat(cell(row, "allTime.upheld").getText())
        .isEqualTo(String.format(Locale.ROOT, "%,d", g.at("/allTime/upheld").asLong()));
    // As JavaScript's toFixed(1) rounds: the double's exact value, half up.
    BigDecimal percent =
        new BigDecimal(g.at("/allTime/overturnRate").asDouble() * 100)
            .setScale(1, RoundingMode.HALF_UP);
    assertThat(cell(row, "allTime.overturnRate").getText()).isEqualTo(percent + "%");
    assertThat(cell(row, "allTime.upheld").getCssValue("text-align")).isEqualTo("right");
  }

  /** By default the chart shows the guideline with the most decisions, a point per month. */
  private static void assertChartShowsLargest(ChromeDriver driver) throws Exception {
    String largest =
        rowTotals(driver).entrySet().stream()
            .max(
                Map.Entry.<String, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .orElseThrow()
            .getKey();
    Awaiting.until(
        () ->
            "the chart shows "
                + largest
                + "; it shows "
                + attribute(driver, "chart", "data-guideline"),
        Duration.ofSeconds(30),
        () -> largest.equals(attribute(driver, "chart", "data-guideline")));
    awaitChartPoints(driver);
    WebElement chart = driver.findElement(By.id("chart"));
    assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent"))
        .as("the chart's accessible title names its guideline")
        .contains(largest);
    assertThat(chart.getAttribute("aria-labelledby")).isEqualTo("chart-title chart-desc");
  }

  private static void awaitChartPoints(ChromeDriver driver) throws Exception {
    Awaiting.until(
        () -> "points in the chart; data-points " + attribute(driver, "chart", "data-points"),
        Duration.ofSeconds(30),
        () -> {
          int points = Integer.parseInt(attribute(driver, "chart", "data-points"));
          return points > 0
              && driver.findElements(By.cssSelector("#chart circle.point")).size() == points;
        });
  }

  /** The hostile item is in the latest decisions as the letter's text; no image, no alert. */
  private static void assertHostileItemIsText(ChromeDriver driver) throws Exception {
    Awaiting.until(
        () -> "the hostile item in the latest decisions; they show " + decisionItems(driver),
        Duration.ofMinutes(1),
        () -> decisionItems(driver).contains(HOSTILE_ITEM));
    assertThat(driver.findElement(By.id("decisions")).getText()).contains(HOSTILE_ITEM);
    WebElement hostileRow =
        driver.findElement(
            By.cssSelector("#decisions tr[data-decision-id='" + HOSTILE_CASE + "#1']"));
    assertThat(hostileRow.getText())
        .contains(HOSTILE_ITEM, "Overturned", "MTUS: Low Back Complaints", HOSTILE_DATE.toString());
    assertThat(driver.findElements(By.cssSelector("#decisions img"))).isEmpty();
    assertThat(driver.findElements(By.tagName("img"))).as("no image anywhere").isEmpty();
    assertNoAlert(driver);
  }

  /**
   * A page opened now, which reads the latest decisions from {@code /api/decisions}, lists the same
   * ones as the page that has been building its list from the event stream.
   */
  private static void assertFreshPageShowsTheSameDecisions(ChromeDriver driver, String page)
      throws Exception {
    List<String> live = decisionIds(driver);
    assertThat(live).hasSize(20);
    String liveTab = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.TAB);
    try {
      driver.get(page);
      Awaiting.until(
          () -> "a new page lists " + live + "; it lists " + decisionIds(driver),
          Duration.ofSeconds(30),
          () -> decisionIds(driver).equals(live));
      assertThat(decisionItems(driver)).contains(HOSTILE_ITEM);
      assertNoAlert(driver);
    } finally {
      driver.close();
      driver.switchTo().window(liveTab);
    }
  }

  private static void assertNoAlert(ChromeDriver driver) {
    assertThatThrownBy(() -> driver.switchTo().alert())
        .as("the page raised no alert")
        .isInstanceOf(NoAlertPresentException.class);
  }

  /** A header sorts (and sorts back), and a row chooses the chart's guideline. */
  private static void assertSortsAndCharts(ChromeDriver driver) throws Exception {
    String header = "#guidelines th[data-sort='guideline'] button";
    click(driver, header);
    assertThat(sortOf(driver, "guideline")).isEqualTo("ascending");
    List<String> ascending = guidelineRows(driver);
    assertThat(ascending).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    click(driver, header);
    assertThat(sortOf(driver, "guideline")).isEqualTo("descending");
    List<String> descending = guidelineRows(driver);
    assertThat(descending).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
    assertThat(
            driver.findElement(By.cssSelector("#guidelines th[data-sort='guideline']")).getText())
        .as("the sort shows")
        .contains("▼");

    String chosen = "MTUS: Low Back Complaints";
    clickRow(driver, row(driver, chosen));
    Awaiting.until(
        () ->
            "the chart shows "
                + chosen
                + "; it shows "
                + attribute(driver, "chart", "data-guideline"),
        Duration.ofSeconds(30),
        () -> chosen.equals(attribute(driver, "chart", "data-guideline")));
    awaitChartPoints(driver);
    assertThat(row(driver, chosen).getAttribute("aria-current")).isEqualTo("true");
  }

  // ------------------------------------------------------------------------------- page reading

  /** Guideline to its all-time total, as the table's rows state them. */
  @SuppressWarnings("unchecked")
  private static Map<String, Long> rowTotals(ChromeDriver driver) {
    Map<String, Object> raw =
        (Map<String, Object>)
            driver.executeScript(
                "const totals = {};"
                    + " for (const tr of document.querySelectorAll('#guidelines tbody tr')) {"
                    + "   totals[tr.getAttribute('data-guideline')] ="
                    + "       Number(tr.getAttribute('data-all-time-total'));"
                    + " }"
                    + " return totals;");
    Map<String, Long> totals = new TreeMap<>();
    raw.forEach((name, total) -> totals.put(name, ((Number) total).longValue()));
    return totals;
  }

  @SuppressWarnings("unchecked")
  private static List<String> guidelineRows(ChromeDriver driver) {
    return (List<String>)
        driver.executeScript(
            "return Array.from(document.querySelectorAll('#guidelines tbody tr'),"
                + " tr => tr.getAttribute('data-guideline'));");
  }

  @SuppressWarnings("unchecked")
  private static List<String> decisionIds(ChromeDriver driver) {
    return (List<String>)
        driver.executeScript(
            "return Array.from(document.querySelectorAll('#decisions tbody tr'),"
                + " tr => tr.getAttribute('data-decision-id'));");
  }

  private static List<String> decisionItems(ChromeDriver driver) {
    List<String> items = new ArrayList<>();
    for (WebElement td : driver.findElements(By.cssSelector("#decisions tbody td.item"))) {
      items.add(td.getText());
    }
    return items;
  }

  private static WebElement row(ChromeDriver driver, String guideline) {
    for (WebElement tr : driver.findElements(By.cssSelector("#guidelines tbody tr"))) {
      if (guideline.equals(tr.getAttribute("data-guideline"))) {
        return tr;
      }
    }
    throw new AssertionError("no row for " + guideline + " in " + guidelineRows(driver));
  }

  private static WebElement cell(WebElement row, String field) {
    return row.findElement(By.cssSelector("td[data-field='" + field + "']"));
  }

  /**
   * A row of the scrolling table, brought to the middle first: clear of its sticky header and foot.
   */
  private static void clickRow(ChromeDriver driver, WebElement row) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
    row.click();
  }

  private static void click(ChromeDriver driver, String css) {
    driver.findElement(By.cssSelector(css)).click();
  }

  private static String sortOf(ChromeDriver driver, String key) {
    return driver
        .findElement(By.cssSelector("#guidelines th[data-sort='" + key + "']"))
        .getAttribute("aria-sort");
  }

  private static String attribute(ChromeDriver driver, String id, String name) {
    return driver.findElement(By.id(id)).getAttribute(name);
  }

  private static String status(ChromeDriver driver) {
    WebElement status = driver.findElement(By.id("status"));
    return status.getText() + " (" + status.getAttribute("title") + ")";
  }

  // ------------------------------------------------------------------------------- HTTP

  private int status(String url) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private JsonNode get(int port, String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }
}
