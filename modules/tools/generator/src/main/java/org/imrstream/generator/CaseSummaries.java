package org.imrstream.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the clinical case summary: who the patient is (age, and sex when stated), how the injury
 * happened, the complaints, care so far, and the request that utilization review denied. Sentences
 * come from the vocabulary in a varying selection, so that no two summaries read alike.
 */
final class CaseSummaries {

  private final Vocabulary words;
  private final Dice dice;

  CaseSummaries(Vocabulary words, Dice dice) {
    this.words = words;
    this.dice = dice;
  }

  String write(CaseFacts facts, CaseDates dates, List<Request> requests) {
    Vocabulary.Summary s = words.summary();
    Vocabulary.Region region = facts.region();
    Style style = facts.style();
    Map<String, String> values = new HashMap<>(facts.pronounsAndSide());
    GeneratedLetter.Patient patient = facts.patient();
    String age = patient.age() + (dice.chance(0.8) ? "-year-old" : " year old");
    String person =
        patient.sex() == null
            ? age
            : age + " " + patient.sex().name().toLowerCase(java.util.Locale.ROOT);
    values.put("a", article(patient.age()));
    values.put("person", person);
    values.put("occupation", dice.pick(s.occupations()));
    values.put("mechanism", dice.pick(s.mechanisms()));
    values.put("injury", style.date(dates.injury()));
    values.put("urDate", style.date(dates.urDenial()));
    values.put("complaint", Placeholders.fill(dice.pick(region.complaints()), values));
    values.put("finding", Placeholders.fill(dice.pick(region.findings()), values));
    values.put("diagnosis", dice.pick(region.diagnoses()));
    values.put("treatments", list(dice.pickInOrder(s.treatments(), dice.between(2, 4))));
    values.put("items", list(requests.stream().map(r -> lowered(r)).toList()));

    List<String> sentences = new ArrayList<>();
    sentences.add(dice.pick(s.openings()));
    sentences.add(dice.pick(s.complaint()));
    if (dice.chance(0.7)) {
      sentences.add(dice.pick(s.history()));
    }
    if (dice.chance(0.6)) {
      sentences.add(dice.pick(s.exam()));
    }
    if (dice.chance(0.6)) {
      sentences.add(dice.pick(s.diagnosis()));
    }
    if (dice.chance(0.5)) {
      sentences.add(dice.pick(s.work()));
    }
    sentences.add(dice.pick(s.request()));
    List<String> filled = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      filled.add(Placeholders.upperFirst(Placeholders.fill(sentence, values)));
    }
    return style.prose(filled);
  }

  private static String lowered(Request request) {
    String item = request.asRequested();
    return request.topic().isDrug() ? item : Placeholders.lowerFirst(item);
  }

  /** "an 18-year-old", "an 80-year-old", otherwise "a". */
  private static String article(int age) {
    return age == 11 || age == 18 || String.valueOf(age).startsWith("8") ? "an" : "a";
  }

  /** "a", "a and b", "a, b and c". */
  static String list(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}
