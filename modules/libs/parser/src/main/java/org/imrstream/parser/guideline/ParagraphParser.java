package org.imrstream.parser.guideline;

import java.util.List;
import org.imrstream.parser.Citation;

/**
 * Reads one guideline paragraph into its citations. The seam between the reading itself ({@link
 * CitationDispatcher}) and what may wrap it ({@link LruCitationCache}), so that the cache knows
 * nothing of how paragraphs are read.
 */
interface ParagraphParser {

  /** The citations of {@code paragraph}, in the order written; never null, immutable. */
  List<Citation> parse(String paragraph);
}
