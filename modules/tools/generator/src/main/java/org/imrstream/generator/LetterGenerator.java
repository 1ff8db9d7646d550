package org.imrstream.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Realistic synthetic IMR determination letters with their truth, for demos, load tests, benchmarks
 * and for checking the parser: {@code new LetterGenerator(seed).next()}.
 *
 * <p>Each letter follows one of the published layouts (mostly the final determination one) with own
 * wording: a consistent chronology, a reviewer, a case summary about one body region, and one to
 * six decisions on items of that region or on medication and services, each with the guidelines a
 * reviewer would cite for it, an outcome upheld in about 89% of decisions and a rationale that ends
 * in agreement with the outcome.
 *
 * <p>The same seed gives the same letters, byte for byte. Case numbers never repeat within one
 * generator. Not thread-safe: use one generator per thread (with different seeds).
 */
public final class LetterGenerator {

  private final Vocabulary words = Vocabulary.standard();
  private final Dice dice;
  private final CaseNumbers caseNumbers;
  private final Requests requests;
  private final Guidelines guidelines;
  private final Rationales rationales;
  private final CaseSummaries summaries;
  private final Map<GeneratedLetter.Layout, LetterLayout> layouts =
      new EnumMap<>(GeneratedLetter.Layout.class);
  private final Map<GeneratedLetter.Layout, Integer> layoutWeights =
      new EnumMap<>(GeneratedLetter.Layout.class);

  public LetterGenerator(long seed) {
    this.dice = new Dice(seed);
    this.caseNumbers = new CaseNumbers(dice);
    this.requests = new Requests(words, dice);
    this.guidelines = new Guidelines(words, dice);
    this.rationales = new Rationales(words, dice);
    this.summaries = new CaseSummaries(words, dice);
    layouts.put(
        GeneratedLetter.Layout.FINAL_DETERMINATION, new FinalDeterminationLayout(words, dice));
    layouts.put(
        GeneratedLetter.Layout.MAXIMUS_FEDERAL_SERVICES, new FederalServicesLayout(words, dice));
    layouts.put(
        GeneratedLetter.Layout.MEDICAL_PROFESSIONAL_REVIEW,
        new ProfessionalReviewLayout(words, dice));
    words
        .mix()
        .layouts()
        .forEach((name, weight) -> layoutWeights.put(GeneratedLetter.Layout.valueOf(name), weight));
  }

  public GeneratedLetter next() {
    GeneratedLetter.Layout layoutName = dice.weighted(layoutWeights);
    LetterLayout layout = layouts.get(layoutName);
    boolean finalDetermination = layoutName == GeneratedLetter.Layout.FINAL_DETERMINATION;
    CaseDates dates = CaseDates.draw(dice);
    String caseNumber = caseNumbers.next(dates.received().getYear());
    CaseFacts facts = CaseFacts.draw(words, dice, finalDetermination);
    Credentials credentials =
        Credentials.draw(
            words,
            dice,
            facts.psych(),
            layoutName == GeneratedLetter.Layout.MEDICAL_PROFESSIONAL_REVIEW);

    int count =
        Math.min(layout.maxDecisions(), 1 + dice.weightedIndex(words.mix().decisionsPerLetter()));
    List<CaseFile.Decision> decisions = new ArrayList<>(count);
    Set<String> usedItems = new HashSet<>();
    for (int i = 0; i < count; i++) {
      decisions.add(decision(facts, dates, layout.statesPartialCertifications(), usedItems));
    }
    String summary =
        summaries.write(facts, dates, decisions.stream().map(CaseFile.Decision::request).toList());
    CaseFile file =
        new CaseFile(caseNumber, dates, facts, credentials, summary, decisions, dice.chance(0.03));
    return new GeneratedLetter(
        "GEN-" + caseNumber + ".txt",
        layout.write(file),
        layoutName,
        caseNumber,
        dates,
        facts.patient(),
        credentials.reviewer(),
        decisions.stream().map(LetterGenerator::truth).toList());
  }

  private CaseFile.Decision decision(
      CaseFacts facts, CaseDates dates, boolean partialAllowed, Set<String> used) {
    Request request = requests.draw(facts, partialAllowed, used);
    boolean upheld = dice.chance(words.mix().upheldRate());
    GuidelineParagraph guideline = guidelines.reviewer(request.topic(), facts, dates.decided());
    String claimsAdministrator =
        guidelines.claimsAdministrator(request.topic(), facts, dates.decided());
    String rationale = rationales.write(request, guideline, upheld, facts.style());
    return new CaseFile.Decision(request, upheld, guideline, claimsAdministrator, rationale);
  }

  private static GeneratedLetter.Truth truth(CaseFile.Decision decision) {
    Request request = decision.request();
    GuidelineParagraph guideline = decision.guideline();
    return new GeneratedLetter.Truth(
        request.item(),
        decision.upheld() ? GeneratedLetter.Outcome.UPHELD : GeneratedLetter.Outcome.OVERTURNED,
        guideline.family(),
        guideline.mtusDocument(),
        request.originalRequest(),
        request.authorizedPortion(),
        guideline.text(),
        decision.rationale());
  }
}
