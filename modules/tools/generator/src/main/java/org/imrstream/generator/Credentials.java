package org.imrstream.generator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The expert reviewer's credentials, in one of the two published forms: labelled lines ("State(s)
 * of Licensure:", "Certification(s)/Specialty:") or a sentence inside the paragraph on how the
 * determination was made ("... is Board Certified in X and is licensed to practice in Y."). What is
 * printed is exactly the truth: the prose form names at most a specialty and a subspecialty.
 *
 * @param prose the sentence form, or null for the labelled lines
 */
record Credentials(GeneratedLetter.Reviewer reviewer, String prose) {

  /** Share of letters that state the credentials in a sentence (the rest use labelled lines). */
  private static final double PROSE_RATE = 0.2;

  static Credentials draw(Vocabulary words, Dice dice, boolean psychCase, boolean proseOnly) {
    List<Vocabulary.Profile> fitting =
        words.credentials().profiles().stream().filter(p -> p.psych() == psychCase).toList();
    List<String> specialties = dice.pick(fitting).specialties();
    List<String> states = states(words.credentials().states(), dice);
    Vocabulary.Boilerplate b = words.boilerplate();
    if (!proseOnly && !dice.chance(PROSE_RATE)) {
      return new Credentials(new GeneratedLetter.Reviewer(states, specialties), null);
    }
    String statesText = CaseSummaries.list(states);
    if (proseOnly) {
      String sentence =
          Placeholders.fill(
              dice.pick(b.professionalQualifications()),
              Map.of("specialty", specialties.get(0), "states", statesText));
      return new Credentials(
          new GeneratedLetter.Reviewer(states, specialties.subList(0, 1)), sentence);
    }
    if (specialties.size() > 1 && dice.chance(0.5)) {
      String sentence =
          Placeholders.fill(
              dice.pick(b.proseCredentialsWithSubspecialty()),
              Map.of(
                  "specialty",
                  specialties.get(0),
                  "subspecialty",
                  specialties.get(1),
                  "states",
                  statesText));
      return new Credentials(
          new GeneratedLetter.Reviewer(states, specialties.subList(0, 2)), sentence);
    }
    String sentence =
        Placeholders.fill(
            dice.pick(b.proseCredentials()),
            Map.of("specialty", specialties.get(0), "states", statesText));
    return new Credentials(
        new GeneratedLetter.Reviewer(states, specialties.subList(0, 1)), sentence);
  }

  /** The labelled lines' values; states are joined with or without a space, as published. */
  String licensureLine(boolean spaced) {
    return "State(s) of Licensure: " + String.join(spaced ? ", " : ",", reviewer.licensureStates());
  }

  String specialtyLine() {
    return "Certification(s)/Specialty: " + String.join(", ", reviewer.specialties());
  }

  /** One to three states; the vocabulary repeats California, where most reviewers are licensed. */
  private static List<String> states(List<String> weighted, Dice dice) {
    int count = 1 + dice.weightedIndex(List.of(6, 3, 1));
    LinkedHashSet<String> states = new LinkedHashSet<>();
    while (states.size() < count) {
      states.add(dice.pick(weighted));
    }
    return List.copyOf(states);
  }
}
