package org.imrstream.parser;

/** How the expert reviewer decided a disputed item: the denial upheld, or overturned. */
public enum Outcome {
  UPHELD,
  OVERTURNED
}
