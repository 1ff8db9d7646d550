package org.imrstream.generator;

/**
 * A reviewer's guideline paragraph and its truth.
 *
 * @param mtusDocument canonical document of the first citation when it is MTUS, else null
 */
record GuidelineParagraph(String text, GeneratedLetter.Family family, String mtusDocument) {}
