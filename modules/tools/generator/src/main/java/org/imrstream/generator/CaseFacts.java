package org.imrstream.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one letter is about, drawn before any of it is written so that its parts agree: the body
 * region of the complaint (items, summary and guidelines follow it), the side, the patient and the
 * author's style.
 */
record CaseFacts(
    String regionName,
    Vocabulary.Region region,
    String side,
    GeneratedLetter.Patient patient,
    Style style) {

  static CaseFacts draw(Vocabulary words, Dice dice, boolean capitalsAllowed) {
    // Jackson binds JSON objects to insertion-ordered maps, so this order, and with it every draw,
    // is stable.
    List<String> regionNames = new ArrayList<>(words.regions().keySet());
    String regionName = dice.pick(regionNames);
    Vocabulary.Region region = words.regions().get(regionName);
    String side = dice.pick(words.quantities().sides());
    int age = dice.between(19, 74);
    GeneratedLetter.Sex sex =
        dice.chance(words.mix().sexStated())
            ? (dice.chance(0.55) ? GeneratedLetter.Sex.MALE : GeneratedLetter.Sex.FEMALE)
            : null;
    return new CaseFacts(
        regionName,
        region,
        side,
        new GeneratedLetter.Patient(age, sex),
        Style.draw(dice, capitalsAllowed));
  }

  boolean psych() {
    return region.psych();
  }

  /** Values every template of this case may use: side, pronouns. */
  Map<String, String> pronounsAndSide() {
    GeneratedLetter.Sex sex = patient.sex();
    String subject = sex == null ? "the patient" : sex == GeneratedLetter.Sex.MALE ? "he" : "she";
    String object = sex == null ? "the patient" : sex == GeneratedLetter.Sex.MALE ? "him" : "her";
    String possessive =
        sex == null ? "the patient's" : sex == GeneratedLetter.Sex.MALE ? "his" : "her";
    return Map.of(
        "side",
        side,
        "Side",
        Placeholders.upperFirst(side),
        "subj",
        subject,
        "Subj",
        Placeholders.upperFirst(subject),
        "obj",
        object,
        "Poss",
        Placeholders.upperFirst(possessive));
  }
}
