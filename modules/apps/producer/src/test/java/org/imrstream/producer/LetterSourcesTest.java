package org.imrstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterSourcesTest {

  @Test
  void directoriesAreSearchedRecursivelyInPathOrderForLettersOnly(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("b/nested"));
    Files.writeString(dir.resolve("b/nested/2.pdf"), "x");
    Files.writeString(dir.resolve("b/1.txt"), "x");
    Files.writeString(dir.resolve("a.TXT"), "x");
    Files.writeString(dir.resolve("notes.docx"), "x");
    Files.writeString(dir.resolve("c.txt.tmp"), "x");
    Files.writeString(dir.resolve("d.pdf.part"), "x");
    Files.writeString(dir.resolve(".hidden.txt"), "x");
    assertThat(LetterSources.files(List.of(dir)))
        .containsExactly(
            dir.resolve("a.TXT"), dir.resolve("b/1.txt"), dir.resolve("b/nested/2.pdf"));
  }

  @Test
  void filesAreTakenAsGivenInArgumentOrderAndOnlyOnce(@TempDir Path dir) throws IOException {
    Path z = Files.writeString(dir.resolve("z.txt"), "x");
    Path a = Files.writeString(Files.createDirectories(dir.resolve("sub")).resolve("a.txt"), "x");
    Path missing = dir.resolve("missing.txt");
    assertThat(LetterSources.files(List.of(z, missing, dir, z)))
        .as("a missing file stays in the list: reading it reports why")
        .containsExactly(z, missing, a);
  }

  @Test
  void aBrokenLinkWithALettersNameIsReportedNotDroppedSilently(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("good.txt"), "x");
    Files.createSymbolicLink(dir.resolve("gone.pdf"), dir.resolve("nowhere.pdf"));
    List<String> problems = new ArrayList<>();
    assertThat(LetterSources.files(List.of(dir), problems::add))
        .containsExactly(dir.resolve("good.txt"));
    assertThat(problems).singleElement().asString().contains("gone.pdf").contains("skipped");
  }

  @Test
  void aLinkToALetterCounts(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("elsewhere.bin"), "x");
    Files.createDirectories(dir.resolve("in"));
    Files.createSymbolicLink(dir.resolve("in/linked.txt"), target);
    assertThat(LetterSources.files(List.of(dir.resolve("in"))))
        .containsExactly(dir.resolve("in/linked.txt"));
  }

  @Test
  void readKeepsTheBytesAndTheFileName(@TempDir Path dir) throws IOException {
    byte[] bytes = {'%', 'P', 'D', 'F', '-', 0, (byte) 0xff, 10};
    Path file = Files.write(dir.resolve("CM16-0219557.pdf"), bytes);
    Letter letter = LetterSources.read(file);
    assertThat(letter.bytes()).isEqualTo(bytes);
    assertThat(letter.sourceName()).isEqualTo("CM16-0219557.pdf");
    assertThat(letter.file()).isEqualTo(file);
  }

  @Test
  void stdinIsOneLetterNamedStdin() throws IOException {
    byte[] bytes =
        "Case Number: CM16-0213037\n\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Letter letter = LetterSources.readStdin(new ByteArrayInputStream(bytes));
    assertThat(letter.sourceName()).isEqualTo("stdin");
    assertThat(letter.bytes()).isEqualTo(bytes);
    assertThat(letter.file()).isNull();
  }

  @Test
  void partialNamesMapToTheLetterTheyWillBecome() {
    assertThat(LetterSources.finalNameOfPartial("a.pdf.part")).isEqualTo("a.pdf");
    assertThat(LetterSources.finalNameOfPartial("a.txt.TMP")).isEqualTo("a.txt");
    assertThat(LetterSources.finalNameOfPartial(".a.pdf")).isEqualTo("a.pdf");
    assertThat(LetterSources.finalNameOfPartial(".a.pdf.part")).isEqualTo("a.pdf");
    assertThat(LetterSources.finalNameOfPartial("a.pdf")).as("already final").isNull();
    assertThat(LetterSources.finalNameOfPartial("a.docx.part")).as("no letter").isNull();
    assertThat(LetterSources.finalNameOfPartial(".part")).isNull();
  }
}
