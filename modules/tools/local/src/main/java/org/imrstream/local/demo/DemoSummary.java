package org.imrstream.local.demo;

/** The demo's last line: what went in and what came out. */
final class DemoSummary {

  private DemoSummary() {}

  static String of(long letters, PipelineOutputs outputs) {
    long upheld =
        outputs.decisions().values().stream().filter(d -> d.outcome().equals("UPHELD")).count();
    long overturned = outputs.decisions().size() - upheld;
    long dead = outputs.failures().size();
    long late = outputs.lateDecisions();
    return String.format(
        "letters %d, decisions %d, upheld %d, overturned %d, dead-lettered %d%s",
        letters,
        outputs.decisions().size(),
        upheld,
        overturned,
        dead,
        late > 0 ? ", late " + late : "");
  }
}
