package org.imrstream.generator;

/**
 * A disputed item as the letter names it. For a partial certification, also the original request
 * and the portion the claims administrator authorized, and which of the published wordings states
 * it.
 *
 * @param item the item a parser must report (the remaining portion, or the original request when
 *     all of it is still eligible)
 */
record Request(
    Vocabulary.Topic topic,
    String item,
    String originalRequest,
    String authorizedPortion,
    Partial partial) {

  enum Partial {
    /** An ordinary item. */
    NONE,
    /**
     * "X was the original request. Y was authorized ... The remaining IMR eligible portion ..., Z
     * is: Upheld".
     */
    REMAINING,
    /** The same, without "is" before the colon. */
    REMAINING_WITHOUT_VERB,
    /**
     * "... The Claims Administrator authorized Y, leaving the original request IMR eligible. The
     * original request, X is:".
     */
    ORIGINAL_ELIGIBLE
  }

  static Request whole(Vocabulary.Topic topic, String item) {
    return new Request(topic, item, null, null, Partial.NONE);
  }

  /** The item as first asked for: what the case summary says was requested. */
  String asRequested() {
    return originalRequest != null ? originalRequest : item;
  }
}
