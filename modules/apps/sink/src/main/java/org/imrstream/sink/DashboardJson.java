package org.imrstream.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.imrstream.avro.Citation;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.Patient;
import org.imrstream.avro.Provenance;
import org.imrstream.avro.Reviewer;
import org.imrstream.sink.stats.GuidelineTotals;
import org.imrstream.sink.stats.Tally;

/**
 * The JSON documents the sink writes: plain JSON that a dashboard reads without Avro or a registry.
 * Optional values are written as JSON null and lists as (possibly empty) arrays rather than left
 * out, so every document of a topic has the same shape and a dashboard can map its fields once.
 */
public final class DashboardJson {

  // Thread-safe once configured, and never reconfigured: shared by every stream thread.
  private static final ObjectMapper JSON = new ObjectMapper();

  private DashboardJson() {}

  /**
   * One guideline's all-time counts, its newest decision date and when they changed. Windows are
   * not here: the current window moves with the newest decision date of all guidelines, so it is
   * computed where it is read (the query API, the demo), never stored stale.
   */
  public static String totals(GuidelineTotals totals) {
    ObjectNode node = JSON.createObjectNode();
    node.put("guideline", totals.guideline());
    tally(node.putObject("allTime"), totals.allTime());
    node.put("newestDecisionDate", totals.newestDay());
    node.put("updatedAt", Instant.ofEpochMilli(totals.updatedAtMs()).toString());
    return write(node);
  }

  /** Upheld, overturned, total and overturn rate of {@code tally} into {@code node}. */
  public static ObjectNode tally(ObjectNode node, Tally tally) {
    node.put("upheld", tally.upheld());
    node.put("overturned", tally.overturned());
    node.put("total", tally.total());
    node.put("overturnRate", tally.overturnRate());
    return node;
  }

  /**
   * One decision as a JSON object; null (a retracted decision) stays null, a tombstone, so
   * consumers drop it. {@code citations} are the reviewer's: the guidance the decision rests on.
   */
  public static String decision(DecisionEvent event) {
    if (event == null) {
      return null;
    }
    ObjectNode node = JSON.createObjectNode();
    node.put("decisionId", event.getDecisionId());
    node.put("letterId", event.getLetterId());
    node.put("caseNumber", event.getCaseNumber());
    node.put("decisionIndex", event.getDecisionIndex());
    node.put("decisionCount", event.getDecisionCount());
    node.put(
        "decisionDate",
        event.getDecisionDate() == null ? null : event.getDecisionDate().toString());
    node.put("item", event.getItem());
    node.put("outcome", event.getOutcome().name());
    node.put("guideline", event.getGuideline());
    node.put("guidelineFamily", event.getGuidelineFamily().name());
    citations(node.putArray("citations"), event.getReviewerCitations());
    node.put("originalRequest", event.getOriginalRequest());
    node.put("authorizedPortion", event.getAuthorizedPortion());
    reviewer(node.putObject("reviewer"), event.getReviewer());
    patient(node.putObject("patient"), event.getPatient());
    provenance(node, event.getProvenance());
    return write(node);
  }

  /**
   * What the dashboard's list of latest decisions shows of one: ids, item, outcome, guideline and
   * decision date. The item is the letter's text, untrusted: the page renders it as text.
   */
  public static String decisionSummary(DecisionEvent event) {
    ObjectNode node = JSON.createObjectNode();
    node.put("decisionId", event.getDecisionId());
    node.put("letterId", event.getLetterId());
    node.put("item", event.getItem());
    node.put("outcome", event.getOutcome().name());
    node.put("guideline", event.getGuideline());
    node.put(
        "decisionDate",
        event.getDecisionDate() == null ? null : event.getDecisionDate().toString());
    return write(node);
  }

  private static void reviewer(ObjectNode node, Reviewer reviewer) {
    ArrayNode states = node.putArray("licensureStates");
    ArrayNode specialties = node.putArray("specialties");
    if (reviewer != null) {
      reviewer.getLicensureStates().forEach(states::add);
      reviewer.getSpecialties().forEach(specialties::add);
    }
  }

  private static void patient(ObjectNode node, Patient patient) {
    node.put("age", patient == null ? null : patient.getAge());
    node.put("sex", patient == null || patient.getSex() == null ? null : patient.getSex().name());
  }

  /** Where the decision came from; null for events written before provenance was recorded. */
  private static void provenance(ObjectNode parent, Provenance provenance) {
    if (provenance == null) {
      parent.putNull("provenance");
      return;
    }
    ObjectNode node = parent.putObject("provenance");
    node.put("rawTopic", provenance.getRawTopic());
    node.put("partition", provenance.getPartition());
    node.put("offset", provenance.getOffset());
    node.put("sourceName", provenance.getSourceName());
    node.put("parserVersion", provenance.getParserVersion());
  }

  private static void citations(ArrayNode array, List<Citation> citations) {
    for (Citation c : citations) {
      ObjectNode node = array.addObject();
      node.put("family", c.getFamily().name());
      node.put("document", c.getDocument());
      node.put("year", c.getYear());
      c.getSections().forEach(node.putArray("sections")::add);
      c.getPages().forEach(node.putArray("pages")::add);
    }
  }

  private static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always writes", e);
    }
  }
}
