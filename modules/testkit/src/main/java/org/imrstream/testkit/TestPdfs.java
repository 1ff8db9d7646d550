package org.imrstream.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs made for tests with PDFBox: one page of text (or none), optionally protected by a user
 * password.
 */
public final class TestPdfs {

  private TestPdfs() {}

  /**
   * A one-page PDF with {@code text}'s lines (null: a page with no text at all); protected by
   * {@code userPassword} when it is not null. Characters the standard Helvetica font cannot draw
   * become spaces.
   */
  public static byte[] pdf(String text, String userPassword) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      if (text != null) {
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
          content.setLeading(11);
          content.newLineAtOffset(40, 760);
          for (String line : text.split("\n")) {
            content.showText(line.replaceAll("[^\\x20-\\x7e]", " "));
            content.newLine();
          }
          content.endText();
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      document.save(out);
      return out.toByteArray();
    }
  }
}
