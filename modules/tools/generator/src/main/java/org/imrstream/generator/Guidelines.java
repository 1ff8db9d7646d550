package org.imrstream.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the guideline paragraphs of a decision in the published sentence frames ("Decision based
 * on MTUS ... Section(s): ...", "Decision based on Non-MTUS Citation Official Disability Guidelines
 * (ODG) ...") from the documents the topic and the region of the case call for, and knows the truth
 * of what it wrote.
 */
final class Guidelines {

  /** The shapes of the reviewer's paragraph, weighted in the vocabulary's mix. */
  enum Form {
    MTUS,
    MTUS_MULTI,
    MTUS_ODG,
    MTUS_ACOEM,
    ODG,
    ACOEM,
    OTHER,
    NONE
  }

  /** The shapes of the claims administrator's paragraph. */
  enum AdministratorForm {
    NONE,
    MTUS,
    ODG
  }

  /**
   * The chronic pain guidelines' 2016 edition replaced the 2009 one in letters from December 2016.
   */
  private static final LocalDate CHRONIC_PAIN_2016 = LocalDate.of(2016, 12, 1);

  private final Vocabulary words;
  private final Vocabulary.Citations frames;
  private final Dice dice;
  private final Map<Form, Integer> reviewerWeights;
  private final Map<AdministratorForm, Integer> administratorWeights;

  Guidelines(Vocabulary words, Dice dice) {
    this.words = words;
    this.frames = words.citations();
    this.dice = dice;
    this.reviewerWeights = weights(Form.class, words.mix().reviewerGuideline());
    this.administratorWeights = weights(AdministratorForm.class, words.mix().claimsAdministrator());
  }

  /**
   * The "MAXIMUS guideline" paragraph of a decision about {@code topic}, decided on {@code
   * decided}.
   */
  GuidelineParagraph reviewer(Vocabulary.Topic topic, CaseFacts facts, LocalDate decided) {
    List<Cited> mtus = mtusInForce(topic, facts, decided);
    Form form = dice.weighted(reviewerWeights);
    if (mtus.isEmpty() && form.name().startsWith("MTUS")) {
      form = Form.ODG; // no MTUS document covers this topic at that date
    }
    if (form == Form.MTUS_MULTI && distinctDocuments(mtus) < 2) {
      form = Form.MTUS;
    }
    return switch (form) {
      case MTUS -> mtusParagraph(List.of(dice.pick(mtus)), "");
      case MTUS_MULTI -> mtusParagraph(twoDocuments(mtus), "");
      case MTUS_ODG -> mtusParagraph(List.of(dice.pick(mtus)), " " + nonMtus(odg(topic, facts)));
      case MTUS_ACOEM ->
          mtusParagraph(List.of(dice.pick(mtus)), " " + nonMtus(acoem(topic, facts)));
      case ODG -> outside(GeneratedLetter.Family.ODG, odg(topic, facts));
      case ACOEM -> outside(GeneratedLetter.Family.ACOEM, acoem(topic, facts));
      case OTHER -> outside(GeneratedLetter.Family.OTHER, other(topic));
      case NONE -> new GuidelineParagraph(frames.noEvidence(), GeneratedLetter.Family.NONE, null);
    };
  }

  /**
   * The "Claims Administrator guideline" paragraph: shorter, often citing only a chapter, or
   * nothing.
   */
  String claimsAdministrator(Vocabulary.Topic topic, CaseFacts facts, LocalDate decided) {
    List<Cited> mtus = mtusInForce(topic, facts, decided);
    AdministratorForm form = dice.weighted(administratorWeights);
    if (form == AdministratorForm.MTUS && !mtus.isEmpty()) {
      Cited cited = dice.pick(mtus);
      String citation = dice.chance(0.7) ? cited.cite() : cited.withSections(dice);
      return Placeholders.fill(frames.mtusStatement(), Map.of("citations", citation));
    }
    if (form == AdministratorForm.ODG) {
      return frames.claimsAdministratorOutsideMtus() + " " + nonMtus(odg(topic, facts));
    }
    return frames.claimsAdministratorNoEvidence();
  }

  /**
   * An MTUS citation resolved for one case: how it is cited, its canonical name, the sections to
   * pick from.
   */
  private record Cited(String cite, String document, List<String> sections, int maxSections) {

    String withSections(Dice dice) {
      if (sections.isEmpty()) {
        return cite;
      }
      int count = dice.chance(0.65) ? 1 : dice.between(1, Math.min(maxSections, sections.size()));
      return cite + ", Section(s): " + String.join(", ", dice.pickInOrder(sections, count));
    }
  }

  private List<Cited> mtusInForce(Vocabulary.Topic topic, CaseFacts facts, LocalDate decided) {
    String edition = decided.isBefore(CHRONIC_PAIN_2016) ? "2009" : "2016";
    List<Cited> out = new ArrayList<>();
    for (Vocabulary.MtusCitation citation : topic.mtus()) {
      if (!citation.inForceOn(decided)) {
        continue;
      }
      boolean regional = citation.cite().equals("{region}");
      String cite =
          regional
              ? facts.region().mtus().cite()
              : Placeholders.fill(citation.cite(), Map.of("cp", edition));
      String document = regional ? facts.region().mtus().doc() : citation.doc();
      int max = citation.maxSections() == null ? 3 : citation.maxSections();
      out.add(new Cited(cite, document, citation.sections(), max));
    }
    return out;
  }

  private static int distinctDocuments(List<Cited> cited) {
    return (int) cited.stream().map(Cited::document).distinct().count();
  }

  /**
   * Two citations of different documents, in a random order: "A, Section(s): x, and B, Section(s):
   * y".
   */
  private List<Cited> twoDocuments(List<Cited> mtus) {
    Cited first = dice.pick(mtus);
    List<Cited> others = mtus.stream().filter(c -> !c.document().equals(first.document())).toList();
    return List.of(first, dice.pick(others));
  }

  private GuidelineParagraph mtusParagraph(List<Cited> cited, String tail) {
    List<String> parts = new ArrayList<>();
    for (Cited c : cited) {
      parts.add(c.withSections(dice));
    }
    String text =
        Placeholders.fill(frames.mtusStatement(), Map.of("citations", String.join(", and ", parts)))
            + tail;
    return new GuidelineParagraph(text, GeneratedLetter.Family.MTUS, cited.get(0).document());
  }

  private GuidelineParagraph outside(GeneratedLetter.Family family, String citation) {
    return new GuidelineParagraph(
        dice.pick(frames.outsideMtus()) + " " + nonMtus(citation), family, null);
  }

  private String nonMtus(String citation) {
    String statement = Placeholders.fill(frames.nonMtusStatement(), Map.of("citation", citation));
    return statement.endsWith("..") ? statement.substring(0, statement.length() - 1) : statement;
  }

  private String odg(Vocabulary.Topic topic, CaseFacts facts) {
    String chapter = facts.region().odgChapter();
    String topicText = Placeholders.fill(dice.pick(topic.odg()), Map.of("odgChapter", chapter));
    return Placeholders.fill(frames.odg(), Map.of("topic", topicText));
  }

  private String acoem(Vocabulary.Topic topic, CaseFacts facts) {
    String chapter =
        topic.acoem() != null && !topic.acoem().isEmpty()
            ? dice.pick(topic.acoem())
            : topic.regions().contains("any") ? "Chronic Pain" : facts.region().acoem();
    return Placeholders.fill(
        dice.pick(frames.acoem()),
        Map.of(
            "chapter",
            chapter,
            "subject",
            topic.subject(),
            "page",
            Integer.toString(dice.between(40, 900))));
  }

  private String other(Vocabulary.Topic topic) {
    String subject = topic.subject().toLowerCase(Locale.ROOT);
    return Placeholders.fill(
        dice.pick(frames.other()),
        Map.of("subject", subject, "slug", subject.replaceAll("[^a-z0-9]+", "-")));
  }

  private static <E extends Enum<E>> Map<E, Integer> weights(
      Class<E> type, Map<String, Integer> byName) {
    Map<E, Integer> out = new EnumMap<>(type);
    byName.forEach((name, weight) -> out.put(Enum.valueOf(type, name), weight));
    return out;
  }
}
