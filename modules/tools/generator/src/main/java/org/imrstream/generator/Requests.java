package org.imrstream.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws the disputed items of a case: a topic that fits the case's region (or a drug or service any
 * case may dispute), one of its wordings with quantities filled in, and sometimes a partial
 * certification.
 */
final class Requests {

  /**
   * Share of items with a quantity that arrive as a partial certification (about 1 in 20 decisions
   * overall).
   */
  private static final double PARTIAL_RATE = 0.12;

  /** Among partial certifications, the share where the whole original request stays eligible. */
  private static final double ORIGINAL_ELIGIBLE_RATE = 0.2;

  /** Small session counts are often written out ("eight sessions"). */
  private static final double NUMBER_IN_WORDS_RATE = 0.25;

  private static final List<String> NUMBER_WORDS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve");

  private final Vocabulary words;
  private final Dice dice;

  Requests(Vocabulary words, Dice dice) {
    this.words = words;
    this.dice = dice;
  }

  /**
   * @param partialAllowed whether the layout can state a partial certification
   * @param used items already in the letter; the new one differs from all of them
   */
  Request draw(CaseFacts facts, boolean partialAllowed, Set<String> used) {
    // Every region offers dozens of wordings, so a handful of draws finds a new one; the cap only
    // guards an edit
    // of the vocabulary that would leave a region with fewer items than a letter holds.
    for (int attempt = 0; attempt < 1_000; attempt++) {
      Request request = attempt(facts, partialAllowed);
      if (used.add(request.item().toLowerCase(Locale.ROOT))) {
        return request;
      }
    }
    throw new IllegalStateException(
        "the vocabulary has too few items for region " + facts.regionName());
  }

  private Request attempt(CaseFacts facts, boolean partialAllowed) {
    Vocabulary.Topic topic = topic(facts.regionName());
    String template = dice.pick(topic.items());
    Map<String, String> values = new HashMap<>(facts.pronounsAndSide());
    if (Placeholders.has(template, "part")) {
      values.put("part", Placeholders.fill(dice.pick(facts.region().parts()), values));
    }
    if (Placeholders.has(template, "level")) {
      values.put("level", dice.pick(facts.region().levels()));
    }
    if (Placeholders.has(template, "freq")) {
      values.put("freq", dice.pick(words.quantities().frequencies()));
    }
    Style style = facts.style();
    String slot =
        Placeholders.has(template, "q") ? "q" : Placeholders.has(template, "n") ? "n" : null;
    if (slot == null) {
      return Request.whole(topic, style.item(Placeholders.fill(template, values)));
    }
    boolean tablets = slot.equals("q");
    int amount = dice.pick(tablets ? words.quantities().tablets() : words.quantities().sessions());
    boolean inWords = !tablets && dice.chance(NUMBER_IN_WORDS_RATE);
    if (!partialAllowed || amount < 4 || !dice.chance(PARTIAL_RATE)) {
      return Request.whole(topic, style.item(render(template, values, slot, amount, inWords)));
    }
    int authorized = authorizedPart(amount, tablets);
    String original = style.item(render(template, values, slot, amount, inWords));
    String allowed = style.item(render(template, values, slot, authorized, inWords));
    if (dice.chance(ORIGINAL_ELIGIBLE_RATE)) {
      return new Request(topic, original, original, allowed, Request.Partial.ORIGINAL_ELIGIBLE);
    }
    String remaining = style.item(render(template, values, slot, amount - authorized, inWords));
    return new Request(
        topic,
        remaining,
        original,
        allowed,
        dice.chance(0.75) ? Request.Partial.REMAINING : Request.Partial.REMAINING_WITHOUT_VERB);
  }

  /**
   * A regional topic for most items, else one any case may dispute (medication, tests, services).
   */
  private Vocabulary.Topic topic(String region) {
    List<Vocabulary.Topic> regional = new ArrayList<>();
    List<Vocabulary.Topic> general = new ArrayList<>();
    for (Vocabulary.Topic topic : words.topics()) {
      if (topic.regions().contains(region)) {
        regional.add(topic);
      } else if (topic.fits(region)) {
        general.add(topic);
      }
    }
    boolean useRegional =
        !regional.isEmpty() && (general.isEmpty() || dice.chance(words.mix().regionalItemShare()));
    return dice.pick(useRegional ? regional : general);
  }

  /**
   * What utilization review allowed: a common round share of the request, always less than all of
   * it.
   */
  private int authorizedPart(int amount, boolean tablets) {
    List<Integer> options = new ArrayList<>();
    for (int candidate :
        tablets
            ? new int[] {amount / 2, amount / 3, amount - 30, 2 * amount / 3}
            : new int[] {2, 4, 6, amount / 2}) {
      if (candidate > 0 && candidate < amount) {
        options.add(candidate);
      }
    }
    return dice.pick(options);
  }

  private static String render(
      String template, Map<String, String> values, String slot, int amount, boolean inWords) {
    Map<String, String> all = new HashMap<>(values);
    all.put(
        slot,
        inWords && amount < NUMBER_WORDS.size()
            ? NUMBER_WORDS.get(amount)
            : Integer.toString(amount));
    return Placeholders.fill(template, all);
  }
}
