package org.imrstream.parser.layout;

/**
 * The item a decision is about. For a partial certification the item is the remaining IMR eligible
 * portion, and the original request and the authorized part are kept beside it.
 */
record DisputedItem(String item, String originalRequest, String authorizedPortion) {

  static DisputedItem whole(String item) {
    return new DisputedItem(item, null, null);
  }
}
