package org.imrstream.generator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The generator's words, from {@code vocabulary.json}: data to extend without touching code. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Vocabulary(List<String> states, List<String> specialties, List<String> occupations, List<String> mechanisms,
    List<String> complaints, List<Item> items, List<Guideline> guidelines, List<String> claimsAdministrator,
    List<String> upheldReasons, List<String> overturnedReasons) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Item(String text, String topic) {}

  /** A reviewer guideline paragraph and its truth: family, and the MTUS document when MTUS. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Guideline(String text, String family, String document) {}

  static Vocabulary load() {
    try (InputStream in = Vocabulary.class.getResourceAsStream("/org/imrstream/generator/vocabulary.json")) {
      return new ObjectMapper().readValue(in, Vocabulary.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the generator vocabulary", e);
    }
  }
}
