package org.imrstream.parser.guideline;

import java.util.List;
import java.util.Optional;
import org.imrstream.parser.Citation;
import org.imrstream.parser.GuidelineFamily;

/**
 * Parses a guideline paragraph ("Decision based on MTUS Low Back Complaints 2004, Section(s):
 * Special Studies. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) ...")
 * into structured citations.
 *
 * <p>The entry point the rest of the code uses. The work is done by small classes with one job
 * each: {@link CitationDispatcher} splits the paragraph and picks a reader, {@link
 * MtusCitationReader} and {@link ChapterCitationReader} read the citations, {@link CitationText}
 * and {@link CitationNumbers} clean up text and take out years and pages, and {@link
 * LruCitationCache} remembers recurring paragraphs.
 *
 * <p>Thread-safe: one instance may serve every stream thread.
 */
public final class CitationParser {

  /**
   * Distinct paragraphs remembered by default: guideline paragraphs are template sentences that
   * recur.
   */
  public static final int DEFAULT_CACHE_SIZE = 4096;

  private final ParagraphParser paragraphs;

  /**
   * @param cacheSize how many distinct paragraphs to remember, least recently used dropped first
   *     (0: none). Parsing is a pure function of the paragraph and citations are immutable, so a
   *     remembered result is the result.
   */
  public CitationParser(GuidelineCatalogue catalogue, int cacheSize) {
    ParagraphParser dispatcher = new CitationDispatcher(catalogue);
    this.paragraphs = cacheSize > 0 ? new LruCitationCache(dispatcher, cacheSize) : dispatcher;
  }

  public CitationParser() {
    this(GuidelineCatalogue.standard(), DEFAULT_CACHE_SIZE);
  }

  /**
   * The citations of one guideline paragraph, in the order written. A paragraph that says no
   * evidence was cited gives one {@link GuidelineFamily#NONE} citation; a null or blank paragraph
   * gives none.
   */
  public List<Citation> parse(String paragraph) {
    if (paragraph == null || paragraph.isBlank()) {
      return List.of();
    }
    return paragraphs.parse(paragraph);
  }

  /**
   * The primary citation: the first MTUS one, else the first naming a known document, else the
   * first.
   */
  public static Optional<Citation> primary(List<Citation> citations) {
    return citations.stream()
        .filter(c -> c.family() == GuidelineFamily.MTUS)
        .findFirst()
        .or(() -> citations.stream().filter(c -> c.document() != null).findFirst())
        .or(() -> citations.stream().findFirst());
  }
}
