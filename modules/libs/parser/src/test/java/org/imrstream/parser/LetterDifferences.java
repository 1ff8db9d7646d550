package org.imrstream.parser;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where two parses of one letter differ, field by field (the source name aside): the layout, every
 * header field, the reviewer, the patient and every component of every decision.
 */
final class LetterDifferences {

  private static final int SHOWN = 160;

  private LetterDifferences() {}

  static List<String> between(Letter want, Letter got) {
    List<String> out = new ArrayList<>();
    if (want.layout() != got.layout()) {
      out.add("layout: expected <" + want.layout() + "> but was <" + got.layout() + ">");
    }
    components("header", want.header(), got.header(), out);
    components("reviewer", want.reviewer(), got.reviewer(), out);
    components("patient", want.patient(), got.patient(), out);
    if (want.decisions().size() != got.decisions().size()) {
      out.add(
          "decisions: expected "
              + want.decisions().size()
              + " but were "
              + got.decisions().size()
              + ": "
              + got.decisions().stream().map(Decision::item).toList());
      return out;
    }
    for (int i = 0; i < want.decisions().size(); i++) {
      components("decision " + (i + 1), want.decisions().get(i), got.decisions().get(i), out);
    }
    return out;
  }

  private static void components(String where, Record want, Record got, List<String> out) {
    for (RecordComponent component : want.getClass().getRecordComponents()) {
      Object a = value(component, want);
      Object b = value(component, got);
      if (!Objects.equals(a, b)) {
        out.add(
            where
                + " "
                + component.getName()
                + ": expected <"
                + shown(a)
                + "> but was <"
                + shown(b)
                + ">");
      }
    }
  }

  private static Object value(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String shown(Object value) {
    String text = String.valueOf(value);
    return text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text;
  }
}
