package org.imrstream.local.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.imrstream.serde.registry.RegistrationJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RegistrationJournal} in a file: one JSON object per line, {@code {"subject": ..., "id":
 * ..., "schema": ...}}, in registration order. Each line is written and forced to disk before
 * {@link #append} returns.
 *
 * <p>A last line without its newline is a write that a crash cut short; it was never acknowledged
 * to a client, so {@link #open} drops it. Any other line that does not parse makes {@link #open}
 * fail: skipping it would renumber every schema after it.
 */
public final class FileRegistrationJournal implements RegistrationJournal, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FileRegistrationJournal.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final List<Registration> recorded;
  private final FileChannel channel;

  private FileRegistrationJournal(Path file, List<Registration> recorded, FileChannel channel) {
    this.file = file;
    this.recorded = recorded;
    this.channel = channel;
  }

  /** Reads {@code file} (created with its folders when missing) and opens it for appending. */
  public static FileRegistrationJournal open(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      List<Registration> recorded = readAndTrim(file, channel);
      channel.position(channel.size());
      return new FileRegistrationJournal(file, recorded, channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** What the file held when it was opened, oldest first. */
  public List<Registration> recorded() {
    return List.copyOf(recorded);
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void append(Registration registration) throws IOException {
    ObjectNode line =
        JSON.createObjectNode()
            .put("subject", registration.subject())
            .put("id", registration.id())
            .put("schema", registration.schema().toString());
    ByteBuffer bytes =
        ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
    channel.force(false);
  }

  @Override
  public synchronized void close() throws IOException {
    channel.close();
  }

  private static List<Registration> readAndTrim(Path file, FileChannel channel) throws IOException {
    byte[] content = Files.readAllBytes(file);
    int complete = lastNewline(content) + 1;
    if (complete < content.length) {
      LOG.warn(
          "{}: dropping an unfinished last line of {} bytes (a registration cut short, never acknowledged)",
          file,
          content.length - complete);
      channel.truncate(complete);
      channel.force(false);
    }
    String text = new String(content, 0, complete, StandardCharsets.UTF_8);
    List<Registration> registrations = new ArrayList<>();
    int lineNumber = 0;
    for (String line : text.split("\n")) {
      lineNumber++;
      if (!line.isBlank()) {
        registrations.add(parse(file, lineNumber, line));
      }
    }
    return registrations;
  }

  private static Registration parse(Path file, int lineNumber, String line) throws IOException {
    try {
      JsonNode node = JSON.readTree(line);
      return new Registration(
          node.get("subject").asText(),
          node.get("id").asInt(),
          new Schema.Parser().parse(node.get("schema").asText()));
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          file + " line " + lineNumber + " is not a registration: " + e.getMessage(), e);
    }
  }

  private static int lastNewline(byte[] content) {
    for (int i = content.length - 1; i >= 0; i--) {
      if (content[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
