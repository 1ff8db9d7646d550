package org.imrstream.parser.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.imrstream.parser.Citation;
import org.imrstream.parser.Decision;
import org.imrstream.parser.Letter;
import org.imrstream.parser.ParseResult;

/**
 * The JSON form of a parse result, as {@code imr parse} prints it: one object per letter, dates as
 * ISO {@code yyyy-MM-dd}, absent values as null, decisions in letter order.
 */
public final class LetterJson {

  private final ObjectMapper mapper;

  public LetterJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public LetterJson() {
    this(new ObjectMapper());
  }

  public ObjectNode toJson(ParseResult result) {
    if (result instanceof ParseResult.Failure failure) {
      ObjectNode node = mapper.createObjectNode();
      node.put("source", failure.source());
      node.put("error", failure.reason());
      return node;
    }
    return letter(((ParseResult.Success) result).letter());
  }

  public ObjectNode letter(Letter letter) {
    ObjectNode node = mapper.createObjectNode();
    node.put("source", letter.source());
    node.put("layout", letter.layout().name());
    node.put("caseNumber", letter.header().caseNumber());
    putDate(node, "decisionDate", letter.header().decisionDate());
    putDate(node, "dateAssigned", letter.header().dateAssigned());
    putDate(node, "dateOfInjury", letter.header().dateOfInjury());
    putDate(node, "urDenialDate", letter.header().urDenialDate());
    putDate(node, "applicationReceived", letter.header().applicationReceived());
    node.put("priority", letter.header().priority());
    ObjectNode reviewer = node.putObject("reviewer");
    strings(reviewer.putArray("licensureStates"), letter.reviewer().licensureStates());
    strings(reviewer.putArray("specialties"), letter.reviewer().specialties());
    ObjectNode patient = node.putObject("patient");
    if (letter.patient().age() == null) {
      patient.putNull("age");
    } else {
      patient.put("age", letter.patient().age());
    }
    patient.put("sex", letter.patient().sex() == null ? null : letter.patient().sex().name());
    ArrayNode decisions = node.putArray("decisions");
    for (Decision decision : letter.decisions()) {
      decisions.add(decision(decision));
    }
    return node;
  }

  public ObjectNode decision(Decision decision) {
    ObjectNode node = mapper.createObjectNode();
    node.put("index", decision.index());
    node.put("item", decision.item());
    node.put("outcome", decision.outcome().name());
    node.put("guideline", decision.guideline());
    node.put("guidelineFamily", decision.guidelineFamily().name());
    citations(node.putArray("citations"), decision.reviewerCitations());
    node.put("originalRequest", decision.originalRequest());
    node.put("authorizedPortion", decision.authorizedPortion());
    node.put("reviewerGuideline", decision.reviewerGuidelineText());
    node.put("claimsAdministratorGuideline", decision.claimsAdministratorGuidelineText());
    citations(
        node.putArray("claimsAdministratorCitations"), decision.claimsAdministratorCitations());
    node.put("rationale", decision.rationale());
    return node;
  }

  private static void citations(ArrayNode array, List<Citation> citations) {
    for (Citation citation : citations) {
      ObjectNode c = array.addObject();
      c.put("family", citation.family().name());
      c.put("document", citation.document());
      if (citation.year() == null) {
        c.putNull("year");
      } else {
        c.put("year", citation.year());
      }
      strings(c.putArray("sections"), citation.sections());
      strings(c.putArray("pages"), citation.pages());
      c.put("raw", citation.raw());
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void putDate(ObjectNode node, String field, LocalDate date) {
    node.put(field, date == null ? null : date.toString());
  }
}
