package org.imrstream.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.imrstream.parser.text.LetterText;
import org.imrstream.testkit.SharedCorpus;

/**
 * Mutates real letters (their text and their PDF bytes) and checks the parser's contract: a result,
 * never an exception, in bounded time. The bound is a safety net against runaway backtracking, not
 * a speed measurement.
 */
class LetterMutationPropertyTest {

  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final LetterParser PARSER = new LetterParser();
  private static List<String> texts = List.of();
  private static List<byte[]> pdfs = List.of();

  @BeforeContainer
  static void loadCorpus() {
    Optional<Path> corpus = SharedCorpus.locate();
    List<String> loadedTexts = new ArrayList<>();
    List<byte[]> loadedPdfs = new ArrayList<>();
    if (corpus.isPresent()) {
      try (Stream<Path> files = Files.list(corpus.get().resolve("letters"))) {
        for (Path file : files.sorted().limit(20).toList()) {
          byte[] bytes = Files.readAllBytes(file);
          loadedPdfs.add(bytes);
          loadedTexts.add(new LetterText().extract(bytes));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (LetterParseException e) {
        throw new IllegalStateException(e);
      }
    }
    if (loadedTexts.isEmpty()) {
      // Without the shared corpus, mutate a hand-written letter so the property still runs.
      loadedTexts.add(
          Letters.finalDetermination(
              """
          Lumbar brace: Upheld

          Claims Administrator guideline: none

          MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.

          Decision rationale: The brace is not medically necessary.
          """));
    }
    texts = loadedTexts;
    pdfs = loadedPdfs;
  }

  @Property(tries = 300)
  void mutatedTextNeverThrowsAndEndsInBoundedTime(@ForAll("mutatedTexts") String text) {
    ParseResult result =
        assertTimeoutPreemptively(
            BOUND, () -> PARSER.parse(text.getBytes(StandardCharsets.UTF_8), "m.txt"));
    assertThat(result).isNotNull();
    if (result instanceof ParseResult.Failure failure) {
      assertThat(failure.code()).isNotEqualTo(FailureCode.INTERNAL_ERROR);
      assertThat(failure.message()).isNotBlank();
    } else {
      assertThat(((ParseResult.Success) result).letter().decisions())
          .allSatisfy(d -> assertThat(d.item()).isNotBlank());
    }
  }

  @Property(tries = 60)
  void mutatedPdfBytesNeverThrowAndEndInBoundedTime(@ForAll("mutatedPdfs") byte[] bytes) {
    ParseResult result = assertTimeoutPreemptively(BOUND, () -> PARSER.parse(bytes, "m.pdf"));
    assertThat(result).isNotNull();
    if (result instanceof ParseResult.Failure failure) {
      assertThat(failure.code()).isNotEqualTo(FailureCode.INTERNAL_ERROR);
    }
  }

  @Provide
  Arbitrary<String> mutatedTexts() {
    Arbitrary<String> letter = Arbitraries.of(texts);
    Arbitrary<String> noise =
        Arbitraries.strings()
            .withChars("\n :.,Upheld Overturned MAXIMUS guideline Decision rationale")
            .ofMaxLength(60);
    return Combinators.combine(
            letter,
            Arbitraries.integers().between(0, 5),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.doubles().between(0, 1),
            noise)
        .as(LetterMutationPropertyTest::mutate);
  }

  @Provide
  Arbitrary<byte[]> mutatedPdfs() {
    if (pdfs.isEmpty()) {
      return Arbitraries.bytes()
          .array(byte[].class)
          .ofMinSize(5)
          .ofMaxSize(2048)
          .map(
              b -> {
                System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 5);
                return b;
              });
    }
    return Combinators.combine(
            Arbitraries.of(pdfs),
            Arbitraries.integers().between(0, 2),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64))
        .as(
            (pdf, kind, at, junk) -> {
              byte[] copy = pdf.clone();
              int pos = (int) (at * (copy.length - 1));
              return switch (kind) {
                case 0 -> Arrays.copyOf(copy, Math.max(5, pos)); // truncated
                case 1 -> { // overwritten
                  System.arraycopy(junk, 0, copy, pos, Math.min(junk.length, copy.length - pos));
                  yield copy;
                }
                default -> { // a byte range removed
                  byte[] out = new byte[copy.length - Math.min(junk.length, copy.length - pos)];
                  System.arraycopy(copy, 0, out, 0, pos);
                  System.arraycopy(
                      copy, pos + (copy.length - out.length), out, pos, out.length - pos);
                  yield out;
                }
              };
            });
  }

  /**
   * One of: cut the letter, delete a span, duplicate a span, insert noise, swap two halves, shuffle
   * lines.
   */
  static String mutate(String text, int kind, double a, double b, String noise) {
    int i = (int) (a * text.length());
    int j = Math.min(text.length(), i + (int) (b * 2000));
    return switch (kind) {
      case 0 -> text.substring(0, i);
      case 1 -> text.substring(0, i) + text.substring(j);
      case 2 -> text.substring(0, j) + text.substring(i, j) + text.substring(j);
      case 3 -> text.substring(0, i) + noise + text.substring(i);
      case 4 -> text.substring(i) + text.substring(0, i);
      default -> {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        Collections.rotate(lines, (int) (b * lines.size()));
        yield String.join("\n", lines);
      }
    };
  }
}
