package org.imrstream.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes realistic synthetic letters in the final determination layout: header, how the determination was made
 * (labelled or prose credentials), a case summary, then 1-6 decisions with varied items, guidelines (MTUS, ODG,
 * ACOEM, other, none), outcomes near the published ~89% upheld, outcomes sometimes on the next line, and partial
 * certifications. Deterministic for a seed.
 */
public final class LetterGenerator {

  static final double UPHELD_RATE = 0.89;
  private static final int WIDTH = 95;
  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private static final LocalDate FIRST_DECISION = LocalDate.of(2015, 1, 5);

  private final SplittableRandom random;
  private final Vocabulary words = Vocabulary.load();
  private final Set<String> caseNumbers = new HashSet<>();

  public LetterGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  public GeneratedLetter next() {
    LocalDate decided = FIRST_DECISION.plusDays(random.nextInt(3 * 365));
    LocalDate assigned = decided.minusDays(20 + random.nextInt(25));
    LocalDate received = assigned.minusDays(1 + random.nextInt(10));
    LocalDate urDenial = received.minusDays(3 + random.nextInt(20));
    LocalDate injury = urDenial.minusDays(30 + random.nextInt(3000));
    Dates dates = new Dates(caseNumber(decided), decided, assigned, received, urDenial, injury);
    // Most letters follow the final determination layout; a few the two earlier published ones.
    int layout = random.nextInt(20);
    StringBuilder text = new StringBuilder();
    List<GeneratedLetter.Truth> truths = layout == 0 ? professionalReview(text, dates)
        : layout <= 2 ? federalServices(text, dates) : finalDetermination(text, dates);
    return new GeneratedLetter("GEN-" + dates.caseNumber() + ".txt", text.toString(), dates.caseNumber(), decided,
        truths);
  }

  private record Dates(String caseNumber, LocalDate decided, LocalDate assigned, LocalDate received,
      LocalDate urDenial, LocalDate injury) {}

  private List<GeneratedLetter.Truth> finalDetermination(StringBuilder text, Dates d) {
    header(text, d);
    text.append("HOW THE IMR FINAL DETERMINATION WAS MADE\n");
    wrap(text, "An independent physician, chosen for experience with the kind of condition in dispute and free of any "
        + "tie to the employer, the worker, the providers or the claims administrator, examined every record in the "
        + "file and applied the standards that govern Independent Medical Review.");
    text.append('\n');
    credentials(text);
    text.append("\nCLINICAL CASE SUMMARY\n");
    summary(text, d.injury());
    text.append("\nIMR ISSUES, DECISIONS AND RATIONALES\n");
    text.append("The Final Determination was based on decisions for the disputed items/services set forth below:\n\n");
    List<GeneratedLetter.Truth> truths = new ArrayList<>();
    Set<String> usedItems = new HashSet<>();
    for (int i = 0, count = decisionCount(); i < count; i++) {
      truths.add(decision(text, usedItems));
    }
    return truths;
  }

  private void header(StringBuilder text, Dates d) {
    text.append("Case Number: ").append(d.caseNumber()).append('\n')
        .append("Date Assigned: ").append(US.format(d.assigned())).append(" Date of Injury: ")
        .append(US.format(d.injury())).append('\n')
        .append("Decision Date: ").append(US.format(d.decided())).append(" UR Denial Date: ")
        .append(US.format(d.urDenial())).append('\n')
        .append("Priority: ").append(random.nextInt(10) == 0 ? "Expedited" : "Standard").append(" Application\n")
        .append("Received:\n").append(US.format(d.received())).append("\n\n");
  }

  /** The earlier layout: numbered items whose outcome is the necessity stated with them. */
  private List<GeneratedLetter.Truth> federalServices(StringBuilder text, Dates d) {
    text.append("MAXIMUS FEDERAL SERVICES, INC.\nIndependent Medical Review\n");
    header(text, d);
    text.append("HOW THE IMR FINAL DETERMINATION WAS MADE\n");
    credentials(text);
    text.append("\nDOCUMENTS REVIEWED\n");
    wrap(text, "Medical records from the treating physicians and the utilization review determination.");
    text.append("\nCLINICAL CASE SUMMARY\n");
    summary(text, d.injury());
    text.append("\nIMR DECISION(S) AND RATIONALE(S)\n");
    List<GeneratedLetter.Truth> truths = new ArrayList<>();
    Set<String> usedItems = new HashSet<>();
    for (int i = 1, count = decisionCount(); i <= count; i++) {
      String item = newItem(usedItems);
      boolean upheld = upheld();
      Vocabulary.Guideline guideline = pick(words.guidelines());
      wrap(text, i + ". " + item + " is " + (upheld ? "not " : "") + "medically necessary and appropriate.");
      text.append("Guidelines Used by the Claims Administrator in the Utilization Review Decision:\n");
      wrap(text, pick(words.claimsAdministrator()));
      text.append("Guidelines Used by the Expert Reviewer:\n");
      wrap(text, guideline.text());
      text.append("Rationale Used by the Expert Reviewer:\n");
      wrap(text, rationale(upheld, item));
      text.append('\n');
      truths.add(truth(item, upheld, guideline));
    }
    return truths;
  }

  /**
   * The "medical professional review" layout: upper-case headings, the two long ones wrapped over two lines as
   * published, one issue per letter, the reviewer's qualifications last.
   */
  private List<GeneratedLetter.Truth> professionalReview(StringBuilder text, Dates d) {
    text.append("MEDICAL PROFESSIONAL REVIEW\n")
        .append("Case Number: ").append(d.caseNumber()).append('\n')
        .append("Decision Date: ").append(US.format(d.decided())).append('\n')
        .append("Date of Injury: ").append(US.format(d.injury())).append("\n\n");
    String item = newItem(new HashSet<>());
    boolean upheld = upheld();
    Vocabulary.Guideline guideline = pick(words.guidelines());
    text.append("ISSUE AT DISPUTE:\n");
    wrap(text, item);
    text.append("\nCASE SUMMARY:\n");
    summary(text, d.injury());
    text.append("\nDOCUMENTS REVIEWED FOR DETERMINATION:\n");
    wrap(text, "Progress reports and the utilization review determination.");
    text.append("\nMEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL\nREVIEWER AND WHY:\n");
    wrap(text, guideline.text());
    text.append("\nRATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT\nMEDICALLY NECESSARY:\n");
    wrap(text, rationale(upheld, item));
    text.append("\nMEDICAL REVIEWER QUALIFICATIONS:\n");
    wrap(text, "The professional reviewer is Board Certified in " + pick(words.specialties())
        + " and is licensed to practice in " + pick(words.states()) + ".");
    return List.of(truth(item, upheld, guideline));
  }

  private int decisionCount() {
    return 1 + random.nextInt(random.nextInt(4) == 0 ? 6 : 3);
  }

  private boolean upheld() {
    return random.nextDouble() < UPHELD_RATE;
  }

  private String newItem(Set<String> used) {
    String item;
    do {
      item = fill(pick(words.items()).text());
    } while (!used.add(item));
    return item;
  }

  private String rationale(boolean upheld, String item) {
    String reason = upheld ? pick(words.upheldReasons()) : pick(words.overturnedReasons());
    return "The guideline cited above sets out when this treatment is appropriate. " + reason
        + ". Therefore, the request for " + item + " is " + (upheld ? "not " : "") + "medically necessary.";
  }

  private static GeneratedLetter.Truth truth(String item, boolean upheld, Vocabulary.Guideline guideline) {
    return new GeneratedLetter.Truth(item, upheld ? "UPHELD" : "OVERTURNED", guideline.family(),
        "MTUS".equals(guideline.family()) ? guideline.document() : null);
  }

  private String caseNumber(LocalDate decided) {
    while (true) {
      String number = String.format("CM%02d-%07d", decided.getYear() % 100, random.nextInt(10_000_000));
      if (caseNumbers.add(number)) {
        return number;
      }
    }
  }

  private void credentials(StringBuilder text) {
    String states = pickSome(words.states(), 1 + random.nextInt(3));
    String specialties = pickSome(words.specialties(), 1 + random.nextInt(2));
    if (random.nextInt(4) == 0) {
      wrap(text, "The expert reviewer is Board Certified in " + specialties.replace(", ", " and ").split(" and ")[0]
          + " and is licensed to practice in " + states + ".");
    } else {
      text.append("The Expert Reviewer has the following credentials:\n")
          .append("State(s) of Licensure: ").append(states).append('\n')
          .append("Certification(s)/Specialty: ").append(specialties).append('\n');
    }
  }

  private void summary(StringBuilder text, LocalDate injury) {
    int age = 24 + random.nextInt(45);
    String sex = random.nextBoolean() ? "male" : "female";
    String opening = switch (random.nextInt(3)) {
      case 0 -> "The injured worker is a " + age + "-year-old " + sex + " " + pick(words.occupations());
      case 1 -> "This " + age + "-year-old " + sex + " " + pick(words.occupations()) + " filed a claim";
      default -> "The applicant, a " + age + "-year-old " + pick(words.occupations());
    };
    wrap(text, opening + " hurt on " + US.format(injury) + " in " + pick(words.mechanisms()) + ". The current "
        + "complaint is " + pick(words.complaints()) + ". Treatment so far has included medication, a home exercise "
        + "program and time off work. The treating physician asked for further care; utilization review did not "
        + "certify all of it, and the worker asked for Independent Medical Review.");
  }

  private GeneratedLetter.Truth decision(StringBuilder text, Set<String> usedItems) {
    String item = newItem(usedItems);
    boolean upheld = upheld();
    String outcome = upheld ? "Upheld" : "Overturned";
    Vocabulary.Guideline guideline = pick(words.guidelines());

    String reported = item;
    if (random.nextInt(8) == 0 && item.contains("#")) {
      int requested = Integer.parseInt(item.substring(item.indexOf('#') + 1));
      int authorized = requested / 2;
      String base = item.substring(0, item.indexOf('#') + 1);
      reported = base + (requested - authorized);
      wrap(text, item + " was the original request. " + base + authorized + " was authorized by the Claims "
          + "Administrator. The remaining IMR eligible portion of the original request, " + reported + " is: " + outcome);
    } else if (random.nextInt(6) == 0) {
      wrap(text, item + ":");
      text.append(outcome).append('\n');
    } else {
      wrap(text, item + ": " + outcome);
    }
    text.append('\n');
    wrap(text, "Claims Administrator guideline: " + pick(words.claimsAdministrator()));
    text.append('\n');
    wrap(text, "MAXIMUS guideline: " + guideline.text());
    text.append('\n');
    wrap(text, "Decision rationale: " + rationale(upheld, reported));
    text.append('\n');
    return truth(reported, upheld, guideline);
  }

  private String fill(String template) {
    return template.replace("{n}", String.valueOf(2 + random.nextInt(11)))
        .replace("{q}", String.valueOf(10 * (2 + random.nextInt(11))));
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String pickSome(List<String> list, int n) {
    List<String> copy = new ArrayList<>(list);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n && !copy.isEmpty(); i++) {
      out.add(copy.remove(random.nextInt(copy.size())));
    }
    return String.join(", ", out);
  }

  /** Appends a paragraph wrapped near the width of the published PDFs' lines. */
  private static void wrap(StringBuilder text, String paragraph) {
    int lineStart = text.length();
    for (String word : paragraph.split(" ")) {
      if (text.length() - lineStart + word.length() + 1 > WIDTH && text.length() > lineStart) {
        text.append('\n');
        lineStart = text.length();
      } else if (text.length() > lineStart) {
        text.append(' ');
      }
      text.append(word);
    }
    text.append('\n');
  }
}
