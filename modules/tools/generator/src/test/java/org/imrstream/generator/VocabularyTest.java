package org.imrstream.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary is data anyone may extend: these checks catch an edit that would break letters or
 * their truth.
 */
class VocabularyTest {

  private static final Set<String> MTUS_DOCUMENTS =
      Set.of(
          "Low Back Complaints",
          "Chronic Pain Medical Treatment Guidelines",
          "Acupuncture Medical Treatment Guidelines",
          "Opioids Treatment Guidelines",
          "Neck and Upper Back Complaints",
          "General Approaches",
          "Stress-Related Conditions",
          "Shoulder Complaints",
          "Knee Complaints",
          "Elbow Complaints",
          "Forearm, Wrist, and Hand Complaints",
          "Ankle and Foot Complaints");

  private final Vocabulary words = Vocabulary.standard();

  @Test
  void everyMtusDocumentHasItsCanonicalName() {
    words
        .regions()
        .forEach(
            (name, region) -> assertThat(MTUS_DOCUMENTS).as(name).contains(region.mtus().doc()));
    for (Vocabulary.Topic topic : words.topics()) {
      for (Vocabulary.MtusCitation citation : topic.mtus()) {
        if (!citation.cite().equals("{region}")) {
          assertThat(MTUS_DOCUMENTS).as(topic.name()).contains(citation.doc());
        }
      }
    }
  }

  @Test
  void everyTopicCanBeWrittenInEveryRegionItBelongsTo() {
    for (Vocabulary.Topic topic : words.topics()) {
      assertThat(topic.items()).as(topic.name()).isNotEmpty();
      assertThat(topic.premise()).as(topic.name()).isNotEmpty();
      assertThat(topic.odg()).as(topic.name()).isNotEmpty();
      assertThat(topic.mtus()).as(topic.name()).isNotEmpty();
      for (String region : topic.regions()) {
        if (region.equals("any")) {
          assertThat(String.join(" ", topic.items()))
              .as(topic.name())
              .doesNotContain("{part}", "{level}");
          continue;
        }
        Vocabulary.Region r = words.regions().get(region);
        assertThat(r).as(topic.name() + " in " + region).isNotNull();
        for (String item : topic.items()) {
          if (item.contains("{part}")) {
            assertThat(r.parts()).as(topic.name() + " in " + region).isNotEmpty();
          }
          if (item.contains("{level}")) {
            assertThat(r.levels()).as(topic.name() + " in " + region).isNotEmpty();
          }
        }
      }
    }
  }

  @Test
  void everyRegionHasRegionalTopicsAndPsychologicalReviewers() {
    for (String region : words.regions().keySet()) {
      assertThat(words.topics()).as(region).anyMatch(t -> t.regions().contains(region));
    }
    assertThat(words.credentials().profiles())
        .anyMatch(Vocabulary.Profile::psych)
        .anyMatch(p -> !p.psych());
  }

  @Test
  void weightsNameKnownKinds() {
    for (String layout : words.mix().layouts().keySet()) {
      assertThat(GeneratedLetter.Layout.valueOf(layout)).isNotNull();
    }
    for (String form : words.mix().reviewerGuideline().keySet()) {
      assertThat(Guidelines.Form.valueOf(form)).isNotNull();
    }
    for (String form : words.mix().claimsAdministrator().keySet()) {
      assertThat(Guidelines.AdministratorForm.valueOf(form)).isNotNull();
    }
    for (String form : words.partialCertification().keySet()) {
      if (!form.startsWith("_")) {
        assertThat(Request.Partial.valueOf(form)).isNotEqualTo(Request.Partial.NONE);
      }
    }
    assertThat(words.mix().decisionsPerLetter()).hasSize(6);
  }

  /**
   * The letters must be in our own words: no run of seven words of the vocabulary's prose may occur
   * in the shared corpus's letter excerpts. Guideline titles and the published sentence frames are
   * not prose and are not checked.
   */
  @Test
  void proseSharesNoPassageWithTheCorpus() throws IOException {
    Path seeds = Path.of(System.getProperty("imr.corpus", "../../../shared/corpus"), "seeds");
    assumeThat(Files.isDirectory(seeds)).as("shared corpus at " + seeds).isTrue();
    Set<String> corpus = new HashSet<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.toList()) {
        corpus.addAll(shingles(Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    List<String> prose = new ArrayList<>();
    Vocabulary.Boilerplate b = words.boilerplate();
    b.howMade().forEach(prose::addAll);
    prose.addAll(b.summaryIntro());
    prose.addAll(b.documentsReviewed());
    Vocabulary.Summary s = words.summary();
    Stream.of(
            s.openings(),
            s.complaint(),
            s.history(),
            s.exam(),
            s.diagnosis(),
            s.work(),
            s.request())
        .forEach(prose::addAll);
    Vocabulary.Rationale r = words.rationale();
    Stream.of(
            r.openers(),
            r.noGuidelineOpeners(),
            r.upheld(),
            r.overturned(),
            r.closingsUpheld(),
            r.closingsOverturned())
        .forEach(prose::addAll);
    r.upheldByKind().values().forEach(prose::addAll);
    r.overturnedByKind().values().forEach(prose::addAll);
    words.topics().forEach(t -> prose.addAll(t.premise()));
    words
        .regions()
        .values()
        .forEach(
            region -> {
              prose.addAll(region.complaints());
              prose.addAll(region.findings());
            });
    for (String passage : prose) {
      Set<String> mine = shingles(passage);
      mine.retainAll(corpus);
      assertThat(mine).as(passage).isEmpty();
    }
  }

  private static Set<String> shingles(String text) {
    String[] w =
        text.toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'')
            .replaceAll("[^a-z0-9' ]+", " ")
            .trim()
            .split("\\s+");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 7 <= w.length; i++) {
      out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + 7)));
    }
    return out;
  }
}
