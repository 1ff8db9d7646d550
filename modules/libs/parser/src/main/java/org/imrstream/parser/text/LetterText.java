package org.imrstream.parser.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.imrstream.parser.FailureCode;
import org.imrstream.parser.LetterParseException;

/** Turns the bytes of a letter, PDF or UTF-8 text, into normalized text. */
public final class LetterText {

  /** Letters are 5-30 KB; anything past this is not a letter and would only cost memory. */
  public static final int DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

  private final int maxBytes;
  private final PdfTextExtractor pdf = new PdfTextExtractor();

  public LetterText() {
    this(DEFAULT_MAX_BYTES);
  }

  public LetterText(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  public static boolean isPdf(byte[] bytes) {
    // The PDF spec allows the header anywhere in the first 1024 bytes; in practice it is at 0.
    int limit = Math.min(bytes.length - 5, 1024);
    for (int i = 0; i <= limit; i++) {
      if (bytes[i] == '%'
          && bytes[i + 1] == 'P'
          && bytes[i + 2] == 'D'
          && bytes[i + 3] == 'F'
          && bytes[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  /**
   * The letter's text with line breaks kept and whitespace normalized (see {@link TextNormalizer}).
   */
  public String extract(byte[] bytes) throws LetterParseException {
    if (bytes == null || bytes.length == 0) {
      throw new LetterParseException(FailureCode.EMPTY, "the letter is empty (0 bytes)");
    }
    if (bytes.length > maxBytes) {
      throw new LetterParseException(
          FailureCode.TOO_LARGE,
          "the letter is " + bytes.length + " bytes, more than the limit of " + maxBytes);
    }
    String raw = isPdf(bytes) ? pdf.extract(bytes) : decodeUtf8(bytes);
    String text = TextNormalizer.normalize(raw);
    if (text.isBlank()) {
      throw new LetterParseException(
          isPdf(bytes) ? FailureCode.PDF_NO_TEXT : FailureCode.EMPTY,
          isPdf(bytes)
              ? "the PDF has no extractable text (scanned image?)"
              : "the letter holds only whitespace");
    }
    return text;
  }

  /**
   * The normalized text of the first page of a PDF: enough to read the header, at a fraction of the
   * cost.
   */
  public String extractFirstPage(byte[] pdf) throws LetterParseException {
    return TextNormalizer.normalize(this.pdf.extract(pdf, 1));
  }

  static String decodeUtf8(byte[] bytes) throws LetterParseException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (MalformedInputException e) {
      throw new LetterParseException(
          FailureCode.NOT_TEXT,
          "not a PDF and not UTF-8 text: invalid UTF-8 at byte " + firstInvalidUtf8(bytes));
    } catch (CharacterCodingException e) {
      throw new LetterParseException(
          FailureCode.NOT_TEXT, "not a PDF and not UTF-8 text: " + e.getMessage());
    }
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new LetterParseException(
            FailureCode.NOT_TEXT, "not a PDF and not text: NUL character at offset " + i);
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    if (controls > 16 && controls * 100L > text.length()) {
      throw new LetterParseException(
          FailureCode.NOT_TEXT,
          "not a PDF and not text: " + controls + " control characters in " + text.length());
    }
    return text;
  }

  private static long firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = CharBuffer.allocate(Math.max(16, bytes.length));
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }
}
