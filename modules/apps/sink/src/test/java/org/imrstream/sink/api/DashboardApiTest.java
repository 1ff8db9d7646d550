package org.imrstream.sink.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.imrstream.sink.stats.Tally;
import org.junit.jupiter.api.Test;

/** The API's parsing and arithmetic; the endpoints over real instances are in DashboardApiIT. */
class DashboardApiTest {

  @Test
  void aGuidelineInThePathIsOneSegmentWhateverItContains() {
    String encoded = DashboardQueries.encode("ODG: Knee & Leg/Ankle + 1");
    assertThat(encoded).doesNotContain("/", " ", "&", "+");
    assertThat(DashboardApi.segments("/api/guidelines/" + encoded + "/history"))
        .containsExactly("api", "guidelines", "ODG: Knee & Leg/Ankle + 1", "history");
  }

  @Test
  void queryParametersAreDecodedAndEmptyOnesAreAbsent() {
    Map<String, String> query =
        DashboardApi.query("guideline=MTUS%3A%20Low%20Back&outcome=&limit=5");
    assertThat(query).containsEntry("guideline", "MTUS: Low Back").containsEntry("limit", "5");
    assertThat(query).doesNotContainKey("outcome");
  }

  @Test
  void anEventIsServedAsOneServerSentEventWhateverItsData() {
    assertThat(DashboardApi.sse(new EventStream.Event("guideline", "{\"a\":1}")))
        .isEqualTo("event: guideline\ndata: {\"a\":1}\n\n");
    assertThat(DashboardApi.sse(new EventStream.Event("decision", "x\nevent: evil")))
        .as("a newline in the data cannot start a field of its own")
        .isEqualTo("event: decision\ndata: x\ndata: event: evil\n\n");
  }

  @Test
  void theWindowIsTheDaysEndingAtNowBothIncluded() {
    WindowBounds window = WindowBounds.ending(LocalDate.of(2017, 3, 1), 30);
    assertThat(window.start()).isEqualTo(LocalDate.of(2017, 1, 31));
    assertThat(window.end()).isEqualTo(LocalDate.of(2017, 3, 1));
    assertThatThrownBy(() -> WindowBounds.ending(LocalDate.EPOCH, 0))
        .hasMessageContaining("windowDays");
  }

  @Test
  void aGuidelinesWindowCountsOnlyItsDaysInsideTheWindow() {
    GuidelineSnapshot snapshot =
        new GuidelineSnapshot(
            "ACOEM",
            new Tally(9, 9),
            "2017-02-01",
            "2026-11-26T00:00:00Z",
            List.of(
                new DayCount("2017-01-01", 5, 0),
                new DayCount("2017-01-31", 1, 2),
                new DayCount("2017-02-01", 0, 1)));
    assertThat(snapshot.within(WindowBounds.ending(LocalDate.of(2017, 3, 1), 30)))
        .as("2017-01-31 .. 2017-03-01")
        .isEqualTo(new Tally(1, 3));
    assertThat(snapshot.within(WindowBounds.ending(LocalDate.of(2017, 6, 1), 30)))
        .as("a guideline with no recent decisions has an empty window, not an old one")
        .isEqualTo(Tally.EMPTY);
  }
}
