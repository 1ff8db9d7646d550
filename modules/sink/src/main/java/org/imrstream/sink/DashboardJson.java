package org.imrstream.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.imrstream.avro.Citation;
import org.imrstream.avro.DecisionEvent;

/** The JSON documents the sink writes: flat, plain JSON that a dashboard reads without Avro or a registry. */
public final class DashboardJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DashboardJson() {}

  public static String stats(GuidelineStats stats) {
    ObjectNode node = JSON.createObjectNode();
    node.put("guideline", stats.guideline());
    ObjectNode allTime = node.putObject("allTime");
    allTime.put("upheld", stats.allTime().upheld());
    allTime.put("overturned", stats.allTime().overturned());
    allTime.put("total", stats.allTime().total());
    allTime.put("overturnRate", stats.allTime().overturnRate());
    GuidelineStats.WindowCounts window = stats.currentWindow();
    if (window == null) {
      node.putNull("currentWindow");
    } else {
      ObjectNode current = node.putObject("currentWindow");
      current.put("start", window.start().toString());
      current.put("end", window.end().toString());
      current.put("upheld", window.upheld());
      current.put("overturned", window.overturned());
      current.put("total", window.total());
      current.put("overturnRate", window.overturnRate());
    }
    return write(node);
  }

  /** One decision as flat JSON; null (a retracted decision) stays null so consumers drop it. */
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
    node.put("decisionDate", event.getDecisionDate() == null ? null : event.getDecisionDate().toString());
    node.put("item", event.getItem());
    node.put("outcome", event.getOutcome().name());
    node.put("guideline", event.getGuideline());
    node.put("guidelineFamily", event.getGuidelineFamily().name());
    citations(node.putArray("citations"), event.getReviewerCitations());
    node.put("originalRequest", event.getOriginalRequest());
    node.put("authorizedPortion", event.getAuthorizedPortion());
    ObjectNode reviewer = node.putObject("reviewer");
    if (event.getReviewer() != null) {
      event.getReviewer().getLicensureStates().forEach(reviewer.putArray("licensureStates")::add);
      event.getReviewer().getSpecialties().forEach(reviewer.putArray("specialties")::add);
    }
    ObjectNode patient = node.putObject("patient");
    patient.put("age", event.getPatient() == null ? null : event.getPatient().getAge());
    patient.put("sex", event.getPatient() == null || event.getPatient().getSex() == null ? null
        : event.getPatient().getSex().name());
    if (event.getProvenance() != null) {
      ObjectNode provenance = node.putObject("provenance");
      provenance.put("rawTopic", event.getProvenance().getRawTopic());
      provenance.put("partition", event.getProvenance().getPartition());
      provenance.put("offset", event.getProvenance().getOffset());
      provenance.put("sourceName", event.getProvenance().getSourceName());
      provenance.put("parserVersion", event.getProvenance().getParserVersion());
    }
    return write(node);
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
