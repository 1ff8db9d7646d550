package org.imrstream.parser.guideline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrstream.parser.GuidelineFamily;

/**
 * The known guideline documents and their spellings, loaded from {@code guideline-catalogue.json}
 * so that a new spelling is a data change, not a code change.
 */
public final class GuidelineCatalogue {

  private static final String RESOURCE = "/org/imrstream/parser/guideline-catalogue.json";
  private static final GuidelineCatalogue STANDARD = load();

  /** One catalogue document. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Entry(
      GuidelineFamily family, String document, List<Integer> editions, List<String> aliases) {
    public Entry {
      editions = editions == null ? List.of() : List.copyOf(editions);
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The edition year to assume when a citation names none: the only edition, if there is one. */
    public Integer soleEdition() {
      return editions.size() == 1 ? editions.get(0) : null;
    }
  }

  /** Where an alias of {@code entry} was found, as indexes into the searched text. */
  public record Match(Entry entry, int start, int end) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record CatalogueFile(List<Entry> documents) {}

  private record Alias(Entry entry, String folded) {}

  /**
   * Aliases by family, then by their first word: a search only tries the aliases whose first word
   * occurs in the text, instead of every alias of the family.
   */
  private final Map<GuidelineFamily, Map<String, List<Alias>>> byFirstWord =
      new EnumMap<>(GuidelineFamily.class);

  private GuidelineCatalogue(List<Entry> entries) {
    for (Entry entry : entries) {
      for (String alias : entry.aliases()) {
        String folded = FoldedText.alias(alias);
        String firstWord =
            folded.indexOf(' ') < 0 ? folded : folded.substring(0, folded.indexOf(' '));
        byFirstWord
            .computeIfAbsent(entry.family(), f -> new HashMap<>())
            .computeIfAbsent(firstWord, w -> new ArrayList<>())
            .add(new Alias(entry, " " + folded + " "));
      }
    }
  }

  public static GuidelineCatalogue standard() {
    return STANDARD;
  }

  private static GuidelineCatalogue load() {
    try (InputStream in = GuidelineCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new GuidelineCatalogue(
          new ObjectMapper().readValue(in, CatalogueFile.class).documents());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * The best document of {@code family} named in {@code text}: an alias after "chapter", then one
   * before "chapter" or "section", then the earliest, then the longest.
   */
  public Optional<Match> find(GuidelineFamily family, String text) {
    FoldedText folded = FoldedText.of(text);
    String haystack = folded.folded;
    Map<String, List<Alias>> familyAliases = byFirstWord.get(family);
    if (familyAliases == null) {
      return Optional.empty();
    }
    Alias best = null;
    int bestAt = -1;
    int bestRank = -1;
    int wordStart = 1;
    while (wordStart < haystack.length()) {
      int wordEnd = haystack.indexOf(' ', wordStart);
      String word = haystack.substring(wordStart, wordEnd);
      wordStart = wordEnd + 1;
      List<Alias> candidates = familyAliases.get(word);
      if (candidates == null) {
        continue;
      }
      for (Alias alias : candidates) {
        int at = haystack.indexOf(alias.folded());
        if (at < 0) {
          continue;
        }
        int rank = chapterRank(haystack, at, at + alias.folded().length());
        boolean longer = best != null && alias.folded().length() > best.folded().length();
        if (best == null
            || rank > bestRank
            || (rank == bestRank && (at < bestAt || (at == bestAt && longer)))) {
          best = alias;
          bestAt = at;
          bestRank = rank;
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int start = folded.originalIndex(bestAt + 1);
    int end = folded.originalIndex(bestAt + best.folded().length() - 1);
    return Optional.of(new Match(best.entry(), start, Math.min(end, text.length())));
  }

  /**
   * 2 for "Chapter X", 1 for "X Chapter" or "X section", 0 otherwise: an explicit chapter name is
   * the chapter.
   */
  private static int chapterRank(String haystack, int start, int end) {
    if (haystack.substring(0, start + 1).endsWith(" chapter ")) {
      return 2;
    }
    return haystack.startsWith("chapter ", end) || haystack.startsWith("section ", end) ? 1 : 0;
  }
}
