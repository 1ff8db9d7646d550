package org.imrstream.parser.text;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imrstream.parser.FailureCode;
import org.imrstream.parser.LetterParseException;

/**
 * Extracts the text of a PDF letter with PDFBox, in reading order, one text line per output line.
 */
final class PdfTextExtractor {

  String extract(byte[] bytes) throws LetterParseException {
    return extract(bytes, Integer.MAX_VALUE);
  }

  /** The text of the first {@code pages} pages only (the header is on the first). */
  String extract(byte[] bytes, int pages) throws LetterParseException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      // Published letters are encrypted with an empty user password and an owner-only "no
      // extraction" flag; the
      // text is public and readers display it, so the flag is advisory here. Only a real password
      // stops us.
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      stripper.setPageEnd("\n");
      stripper.setEndPage(pages);
      return stripper.getText(document);
    } catch (InvalidPasswordException e) {
      throw new LetterParseException(
          FailureCode.PDF_ENCRYPTED, "the PDF is encrypted with a password");
    } catch (IOException e) {
      throw new LetterParseException(
          FailureCode.PDF_DAMAGED, "the PDF cannot be read: " + e.getMessage());
    } catch (RuntimeException e) {
      // PDFBox throws unchecked exceptions on some malformed structures; they are still damaged
      // PDFs.
      throw new LetterParseException(
          FailureCode.PDF_DAMAGED,
          "the PDF cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
