package org.imrstream.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the truth of generated letters as JSON lines, in the shape of the shared corpus's {@code
 * expected.jsonl} ({@code letter}, {@code case}, {@code decisionDate} as printed, {@code decisions}
 * with {@code item}, {@code outcome}, {@code maximusGuideline}) plus the guideline family and MTUS
 * document, so that tools written for the corpus can check a parser against generated letters too.
 */
final class TruthFile implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BufferedWriter writer;

  private TruthFile(BufferedWriter writer) {
    this.writer = writer;
  }

  static TruthFile create(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new TruthFile(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  void add(GeneratedLetter letter) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("letter", letter.fileName());
    root.put("case", letter.caseNumber());
    root.put("decisionDate", CommonSections.US_DATE.format(letter.decisionDate()));
    root.put("layout", letter.layout().name());
    ArrayNode decisions = root.putArray("decisions");
    for (GeneratedLetter.Truth truth : letter.decisions()) {
      ObjectNode d = decisions.addObject();
      d.put("item", truth.item());
      d.put("outcome", truth.outcome().name());
      d.put("guidelineFamily", truth.family().name());
      d.put("mtusDocument", truth.mtusDocument());
      d.put("maximusGuideline", truth.reviewerGuideline());
    }
    writer.write(JSON.writeValueAsString(root));
    writer.write('\n');
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
