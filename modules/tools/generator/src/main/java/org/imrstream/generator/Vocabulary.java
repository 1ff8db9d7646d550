package org.imrstream.generator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The generator's words and weights, bound from {@code vocabulary.json}: extending the generator (a
 * new drug, a new guideline section, another way to open a case summary) is a data change, not a
 * code change. Loaded once; the records are read-only after loading.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Vocabulary(
    Mix mix,
    Boilerplate boilerplate,
    Credentials credentials,
    Summary summary,
    Map<String, Region> regions,
    Quantities quantities,
    List<Topic> topics,
    Map<String, String> partialCertification,
    Citations citations,
    Rationale rationale) {

  private static final String RESOURCE = "/org/imrstream/generator/vocabulary.json";

  /** How often each kind of thing occurs; the keys of the maps are enum constant names. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Mix(
      Map<String, Integer> layouts,
      List<Integer> decisionsPerLetter,
      double upheldRate,
      Map<String, Integer> reviewerGuideline,
      Map<String, Integer> claimsAdministrator,
      double regionalItemShare,
      double sexStated) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Boilerplate(
      List<List<String>> howMade,
      List<String> summaryIntro,
      List<String> documentsReviewed,
      List<String> proseCredentials,
      List<String> proseCredentialsWithSubspecialty,
      List<String> professionalQualifications) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Credentials(List<String> states, List<Profile> profiles) {}

  /**
   * Specialties that go together on one reviewer; psychological profiles review psychological cases
   * only.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Profile(List<String> specialties, boolean psych) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Summary(
      List<String> occupations,
      List<String> mechanisms,
      List<String> openings,
      List<String> complaint,
      List<String> history,
      List<String> treatments,
      List<String> exam,
      List<String> diagnosis,
      List<String> work,
      List<String> request) {}

  /** A body region: what a case about it complains of, and which guideline chapters cover it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Region(
      List<String> parts,
      List<String> levels,
      boolean sided,
      List<String> complaints,
      List<String> findings,
      List<String> diagnoses,
      MtusChapter mtus,
      String odgChapter,
      String acoem,
      boolean psych) {}

  /**
   * How a letter cites an MTUS chapter ("Low Back Complaints 2004") and its canonical document
   * name.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record MtusChapter(String cite, String doc) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Quantities(
      List<Integer> tablets,
      List<Integer> sessions,
      List<String> frequencies,
      List<String> sides) {}

  /**
   * A kind of disputed treatment: the ways a request for it is worded and the guidelines a reviewer
   * would cite. {@code regions} lists the regions it belongs to, or "any".
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Topic(
      String name,
      List<String> regions,
      String kind,
      String subject,
      List<String> items,
      List<MtusCitation> mtus,
      List<String> odg,
      List<String> acoem,
      List<String> premise) {

    boolean isDrug() {
      return "drug".equals(kind);
    }

    boolean fits(String region) {
      return regions.contains(region) || regions.contains("any");
    }
  }

  /**
   * One MTUS document a topic may be decided on. {@code cite} is "{region}" for the chapter of the
   * case's region; {@code since}/{@code until} (ISO dates) limit it to the guideline editions in
   * force.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record MtusCitation(
      String cite,
      String doc,
      List<String> sections,
      Integer maxSections,
      String since,
      String until) {

    boolean inForceOn(LocalDate day) {
      return (since == null || !day.isBefore(LocalDate.parse(since)))
          && (until == null || day.isBefore(LocalDate.parse(until)));
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Citations(
      String mtusStatement,
      String nonMtusStatement,
      List<String> outsideMtus,
      String odg,
      List<String> acoem,
      List<String> other,
      String noEvidence,
      String claimsAdministratorNoEvidence,
      String claimsAdministratorOutsideMtus) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Rationale(
      List<String> openers,
      List<String> noGuidelineOpeners,
      List<String> upheld,
      Map<String, List<String>> upheldByKind,
      List<String> overturned,
      Map<String, List<String>> overturnedByKind,
      List<String> closingsUpheld,
      List<String> closingsOverturned) {

    /**
     * The findings that may support an outcome for a topic of {@code kind}: the general ones, then
     * those listed under a key naming the kind (keys are comma-separated kinds).
     */
    List<String> findings(boolean upheld, String kind) {
      List<String> out = new ArrayList<>(upheld ? this.upheld : overturned);
      (upheld ? upheldByKind : overturnedByKind)
          .forEach(
              (kinds, findings) -> {
                if (List.of(kinds.split(",")).contains(kind)) {
                  out.addAll(findings);
                }
              });
      return out;
    }
  }

  private static final class Holder {
    static final Vocabulary STANDARD = load();
  }

  static Vocabulary standard() {
    return Holder.STANDARD;
  }

  private static Vocabulary load() {
    try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new ObjectMapper().readValue(in, Vocabulary.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the generator vocabulary " + RESOURCE, e);
    }
  }
}
