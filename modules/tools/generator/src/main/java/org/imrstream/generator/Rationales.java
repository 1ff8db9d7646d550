package org.imrstream.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a decision rationale: what the guidance holds for this kind of treatment, what the records
 * show, and a last sentence that states the outcome ("... is not medically necessary." when the
 * denial is upheld, "... is medically necessary." when it is overturned), as every published
 * rationale ends.
 */
final class Rationales {

  private final Vocabulary.Rationale phrases;
  private final Dice dice;

  Rationales(Vocabulary words, Dice dice) {
    this.phrases = words.rationale();
    this.dice = dice;
  }

  String write(Request request, GuidelineParagraph guideline, boolean upheld, Style style) {
    Vocabulary.Topic topic = request.topic();
    List<String> sentences = new ArrayList<>();
    String premise = dice.pick(topic.premise());
    if (guideline.family() == GeneratedLetter.Family.NONE) {
      sentences.add(dice.pick(phrases.noGuidelineOpeners()));
      sentences.add(premise);
    } else {
      sentences.add(
          Placeholders.fill(
              dice.pick(phrases.openers()),
              Map.of("premise", premise, "premise-lc", Placeholders.lowerFirst(premise))));
    }
    sentences.addAll(dice.pickInOrder(phrases.findings(upheld, topic.kind()), dice.between(1, 2)));
    String item = topic.isDrug() ? request.item() : Placeholders.lowerFirst(request.item());
    sentences.add(
        Placeholders.fill(
            dice.pick(upheld ? phrases.closingsUpheld() : phrases.closingsOverturned()),
            Map.of("item", item)));
    return style.prose(sentences);
  }
}
