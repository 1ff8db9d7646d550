package org.imrstream.parser;

/** What the case summary says of the patient: age and sex, each null when not stated. */
public record Patient(Integer age, Sex sex) {

  public static final Patient UNKNOWN = new Patient(null, null);
}
