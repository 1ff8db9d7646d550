package org.imrstream.pipeline.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.imrstream.avro.Citation;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.GuidelineFamily;
import org.imrstream.avro.Outcome;
import org.imrstream.avro.Patient;
import org.imrstream.avro.Provenance;
import org.imrstream.avro.Reviewer;
import org.imrstream.avro.Sex;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.parser.Decision;
import org.imrstream.parser.Letter;
import org.imrstream.parser.LetterParser;
import org.imrstream.pipeline.EventTime;

/**
 * Maps a parsed letter to its Avro decision events, one per disputed item, with the letter's
 * context.
 */
final class DecisionEvents {

  private DecisionEvents() {}

  /**
   * The event time of a letter's decisions: a date the letter states ({@link EventTime#of}: the
   * decision date, else the date assigned, the application received or the UR denial date), else
   * {@link EventTime#UNDATED}. Never the raw record's timestamp ({@code raw} is not consulted):
   * that is when the letter was published, which a replay or a re-send changes, and a letter
   * published today would move the windows' stream time years past the history.
   */
  static long eventTime(Letter letter, RawLetter raw) {
    return EventTime.of(letter.header());
  }

  static List<DecisionEvent> of(
      Letter letter, String letterId, String sha256, RawLetter raw, long ingestionTimeMs) {
    Provenance provenance =
        Provenance.newBuilder()
            .setRawTopic(raw.topic())
            .setPartition(raw.partition())
            .setOffset(raw.offset())
            .setSourceName(raw.sourceName() != null ? raw.sourceName() : letter.source())
            .setContentSha256(sha256)
            .setIngestionTime(Instant.ofEpochMilli(ingestionTimeMs))
            .setParserVersion(LetterParser.VERSION)
            .build();
    Reviewer reviewer =
        new Reviewer(letter.reviewer().licensureStates(), letter.reviewer().specialties());
    Patient patient =
        new Patient(
            letter.patient().age(),
            letter.patient().sex() == null ? null : Sex.valueOf(letter.patient().sex().name()));
    List<DecisionEvent> events = new ArrayList<>();
    for (Decision decision : letter.decisions()) {
      events.add(
          DecisionEvent.newBuilder()
              .setDecisionId(LetterIdentity.decisionId(letterId, decision.index()))
              .setLetterId(letterId)
              .setCaseNumber(letter.header().caseNumber())
              .setDecisionIndex(decision.index())
              .setDecisionCount(letter.decisions().size())
              .setLayout(letter.layout().name())
              .setDateAssigned(letter.header().dateAssigned())
              .setDecisionDate(letter.header().decisionDate())
              .setDateOfInjury(letter.header().dateOfInjury())
              .setUrDenialDate(letter.header().urDenialDate())
              .setApplicationReceived(letter.header().applicationReceived())
              .setPriority(letter.header().priority())
              .setReviewer(reviewer)
              .setPatient(patient)
              .setItem(decision.item())
              .setOriginalRequest(decision.originalRequest())
              .setAuthorizedPortion(decision.authorizedPortion())
              .setOutcome(Outcome.valueOf(decision.outcome().name()))
              .setGuideline(decision.guideline())
              .setGuidelineFamily(GuidelineFamily.valueOf(decision.guidelineFamily().name()))
              .setReviewerCitations(citations(decision.reviewerCitations()))
              .setClaimsAdministratorCitations(citations(decision.claimsAdministratorCitations()))
              .setReviewerGuidelineText(decision.reviewerGuidelineText())
              .setClaimsAdministratorGuidelineText(decision.claimsAdministratorGuidelineText())
              .setRationale(decision.rationale())
              .setProvenance(provenance)
              .build());
    }
    return events;
  }

  // The parser's Citation and the Avro Citation share a simple name; one of them has to be spelled
  // out.
  // CHECKSTYLE.OFF: RegexpSingleline
  private static List<Citation> citations(List<org.imrstream.parser.Citation> citations) {
    List<Citation> out = new ArrayList<>(citations.size());
    for (org.imrstream.parser.Citation c : citations) {
      out.add(
          new Citation(
              GuidelineFamily.valueOf(c.family().name()),
              c.document(),
              c.year(),
              c.sections(),
              c.pages(),
              c.raw()));
    }
    return out;
  }
  // CHECKSTYLE.ON: RegexpSingleline
}
