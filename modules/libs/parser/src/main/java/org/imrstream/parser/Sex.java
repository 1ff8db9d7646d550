package org.imrstream.parser;

/** The patient's sex as the case summary states it. */
public enum Sex {
  FEMALE,
  MALE
}
