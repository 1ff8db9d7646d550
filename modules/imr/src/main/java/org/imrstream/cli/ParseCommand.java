package org.imrstream.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrstream.parser.FailureCode;
import org.imrstream.parser.LetterParser;
import org.imrstream.parser.ParseResult;
import org.imrstream.parser.json.LetterJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imr parse PATH...}: parses letters offline and prints JSON Lines, or a summary table. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses IMR letters (.txt or .pdf files, or directories of them) offline and prints one JSON object per "
          + "letter (JSON Lines) in file-name order; --summary prints a table instead.",
      "A letter that cannot be parsed prints {\"source\": ..., \"error\": ...}."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every letter parsed", "2:at least one letter failed (or could not be read)"})
final class ParseCommand implements Callable<Integer> {

  static final int SOME_FAILED = 2;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Letter files or directories (searched recursively).")
  List<Path> paths;

  @Option(names = "--summary", description = "Print a summary table instead of JSON.")
  boolean summary;

  @Option(
      names = "--pretty",
      description = "Indent the JSON (one letter then spans several lines).")
  boolean pretty;

  @Spec CommandSpec spec;

  private final LetterParser parser = new LetterParser();

  @Override
  public Integer call() throws IOException {
    List<Path> files = LetterFiles.expand(paths);
    ObjectMapper mapper = new ObjectMapper();
    LetterJson json = new LetterJson(mapper);
    ParseSummary tally = new ParseSummary();
    PrintWriter out = spec.commandLine().getOut();
    // Parse in parallel but print in order: results are collected in the files' order.
    List<ParseResult> results = files.parallelStream().map(this::parse).toList();
    for (ParseResult result : results) {
      tally.add(result);
      if (!summary) {
        out.println(
            pretty
                ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json.toJson(result))
                : mapper.writeValueAsString(json.toJson(result)));
      }
    }
    if (summary) {
      tally.print(out);
    }
    out.flush();
    return tally.failures() == 0 ? 0 : SOME_FAILED;
  }

  private ParseResult parse(Path file) {
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new ParseResult.Failure(
          file.toString(), FailureCode.UNREADABLE, "no such file: " + file);
    } catch (IOException | OutOfMemoryError e) {
      return new ParseResult.Failure(
          file.toString(), FailureCode.UNREADABLE, "cannot read " + file + ": " + e.getMessage());
    }
    return parser.parse(bytes, source);
  }
}
