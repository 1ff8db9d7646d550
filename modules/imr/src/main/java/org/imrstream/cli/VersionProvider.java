package org.imrstream.cli;

import org.imrstream.parser.LetterParser;
import picocli.CommandLine;

/** Prints the build and parser versions, the two that decide what a run produces. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String build = ImrCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "imr " + (build == null ? "(development build)" : build), "parser " + LetterParser.VERSION
    };
  }
}
