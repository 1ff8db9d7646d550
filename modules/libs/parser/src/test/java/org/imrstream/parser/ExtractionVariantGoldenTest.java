package org.imrstream.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.imrstream.parser.text.LetterText;
import org.imrstream.testkit.ExpectedLetter;
import org.imrstream.testkit.SharedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden corpus test over every way a letter's text may reach the parser: its PDF, and its text
 * as PDFBox, {@code pdftotext} (default, {@code -layout}, {@code -raw}), a Windows tool (CRLF) and
 * a web page ({@link WebReflow}) hand it over; and, as the published letters have no page numbers
 * or running headers, {@code pdftotext}'s text with such furniture put in ({@link Paged}). Each
 * variant of each letter must match expected.jsonl exactly, and give the very letter the PDF gives:
 * header, reviewer, patient and every decision, field by field.
 *
 * <p>The seeds are text excerpts: they run in the variants that start from text.
 */
class ExtractionVariantGoldenTest {

  enum Variant {
    /** The published PDF, as the pipeline receives it. */
    PDF(false),
    /** PDFBox's text of the PDF, handed over as text. */
    PDFBOX_TEXT(false),
    /** {@code pdftotext}: a header of label columns comes as a block of labels, then of values. */
    PDFTOTEXT(true),
    /** {@code pdftotext -layout}: columns kept with runs of blanks, a wrapped label beside them. */
    PDFTOTEXT_LAYOUT(true),
    /** {@code pdftotext -raw}: content-stream order, blank lines mostly gone. */
    PDFTOTEXT_RAW(true),
    /** {@code pdftotext}'s default text with page furniture at every page break ({@link Paged}). */
    PDFTOTEXT_PAGED(true),
    /** PDFBox's text with Windows line ends. */
    CRLF(false),
    /** PDFBox's text reflowed as copied from a web page (see {@link WebReflow}). */
    WEB_REFLOW(false);

    private final boolean pdftotext;

    Variant(boolean pdftotext) {
      this.pdftotext = pdftotext;
    }
  }

  @TempDir static Path extracted;

  private static final LetterParser PARSER = new LetterParser();
  private static final LetterText PDFBOX = new LetterText();
  private static final Map<Path, String> PDFBOX_TEXTS = new ConcurrentHashMap<>();
  private static final Map<Path, ParseResult> FROM_PDF = new ConcurrentHashMap<>();
  private static final Map<Variant, int[]> TALLY = new EnumMap<>(Variant.class);
  private static PdfToText pdftotext;

  @BeforeAll
  static void extractor() {
    pdftotext = new PdfToText(extracted);
  }

  static Stream<Arguments> variantsOfEveryLetter() {
    Optional<Path> corpus = SharedCorpus.locate();
    if (corpus.isEmpty()) {
      // One case that skips (or, in CI, fails) with SharedCorpus's message.
      return Stream.of(Arguments.of(Variant.PDF, null));
    }
    List<ExpectedLetter> letters = SharedCorpus.expected(corpus.get());
    List<Arguments> cases = new ArrayList<>();
    for (Variant variant : Variant.values()) {
      for (ExpectedLetter letter : letters) {
        if (isPdf(letter) || !variant.pdftotext) {
          cases.add(Arguments.of(variant, letter));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("variantsOfEveryLetter")
  void everyVariantParsesExactlyAsExpected(Variant variant, ExpectedLetter letter) {
    SharedCorpus.require();
    if (variant.pdftotext) {
      PdfToText.require();
    }
    ParseResult result = parse(variant, letter);
    List<String> differences = new ArrayList<>(GoldenComparison.mismatches(letter, result));
    if (result instanceof ParseResult.Success got
        && fromPdf(letter) instanceof ParseResult.Success want) {
      for (String difference : LetterDifferences.between(want.letter(), got.letter())) {
        differences.add(letter.fileName() + ": not the PDF's letter: " + difference);
      }
    }
    tally(variant, differences.isEmpty());
    assertThat(differences).as(variant + " " + letter.fileName()).isEmpty();
  }

  @AfterAll
  static void printTally() {
    StringBuilder out = new StringBuilder("extraction variants, letters parsed exactly:\n");
    synchronized (TALLY) {
      TALLY.forEach(
          (variant, counts) ->
              out.append(String.format("  %-17s %3d / %3d%n", variant, counts[0], counts[1])));
    }
    System.out.print(out);
  }

  private static void tally(Variant variant, boolean exact) {
    synchronized (TALLY) {
      int[] counts = TALLY.computeIfAbsent(variant, v -> new int[2]);
      counts[0] += exact ? 1 : 0;
      counts[1]++;
    }
  }

  private static ParseResult parse(Variant variant, ExpectedLetter letter) {
    String name = letter.fileName();
    return switch (variant) {
      case PDF -> fromPdf(letter);
      case PDFBOX_TEXT -> PARSER.parseText(pdfbox(letter), name);
      case PDFTOTEXT -> PARSER.parseText(pdftotext(letter, PdfToText.Mode.DEFAULT), name);
      case PDFTOTEXT_LAYOUT -> PARSER.parseText(pdftotext(letter, PdfToText.Mode.LAYOUT), name);
      case PDFTOTEXT_RAW -> PARSER.parseText(pdftotext(letter, PdfToText.Mode.RAW), name);
      case PDFTOTEXT_PAGED ->
          PARSER.parseText(
              Paged.of(pdftotext(letter, PdfToText.Mode.DEFAULT), letter.caseNumber()), name);
      case CRLF -> PARSER.parseText(pdfbox(letter).replace("\n", "\r\n"), name);
      case WEB_REFLOW -> PARSER.parseText(WebReflow.of(pdfbox(letter)), name);
    };
  }

  /** The letter's file as the pipeline receives it (for a seed: its text). */
  private static ParseResult fromPdf(ExpectedLetter letter) {
    return FROM_PDF.computeIfAbsent(
        letter.file(), file -> PARSER.parse(bytes(file), letter.fileName()));
  }

  private static String pdfbox(ExpectedLetter letter) {
    return PDFBOX_TEXTS.computeIfAbsent(
        letter.file(),
        file -> {
          try {
            return PDFBOX.extract(bytes(file));
          } catch (LetterParseException e) {
            throw new IllegalStateException(letter.fileName() + ": " + e.getMessage(), e);
          }
        });
  }

  private static String pdftotext(ExpectedLetter letter, PdfToText.Mode mode) {
    return pdftotext.text(letter.file(), mode);
  }

  private static boolean isPdf(ExpectedLetter letter) {
    return letter.fileName().endsWith(".pdf");
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
