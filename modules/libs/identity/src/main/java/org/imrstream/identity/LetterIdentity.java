package org.imrstream.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a letter on the raw topic: its case number when the letter states one, else the
 * SHA-256 of its bytes. Both are stable across replays.
 */
public final class LetterIdentity {

  private LetterIdentity() {}

  /**
   * The letter id for these bytes: the case number if the letter (text or PDF) states one, else
   * SHA-256.
   */
  public static String of(byte[] bytes) {
    String caseNumber = CaseNumbers.find(bytes);
    return caseNumber != null ? caseNumber : sha256(bytes);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Decision id of the n-th (1-based) decision of a letter, e.g. {@code CM16-0213037#1}. */
  public static String decisionId(String letterId, int index) {
    return letterId + "#" + index;
  }

  /** The letter a decision id belongs to: {@code CM16-0213037} for {@code CM16-0213037#1}. */
  public static String letterOf(String decisionId) {
    int hash = decisionId.lastIndexOf('#');
    return hash < 0 ? decisionId : decisionId.substring(0, hash);
  }
}
