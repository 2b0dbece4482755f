package org.treatyflow.examples.scenario;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Prints a scenario's timeline for people: one line per step, with its article and deadline. */
public final class Timeline {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private Timeline() {}

  /** Prints the title, then each line: when, Parties, channel, article, case, what happened. */
  public static void print(ScenarioRecord record, PrintWriter out) {
    out.printf("%s: %s%n%n", record.name(), record.title());
    for (TimelineEntry entry : record.timeline()) {
      out.printf(
          "%s  %s -> %s  %-28s %-14s %s: %s%n",
          WHEN.format(entry.at()),
          entry.from().code(),
          entry.to().code(),
          entry.channel(),
          entry.citation(),
          entry.caseName(),
          entry.event());
      entry.deadline().ifPresent(d -> out.printf("%50s deadline: %s%n", "", d));
    }
    out.printf(
        "%n%d steps, %d documents exchanged, %d case journals%n",
        record.timeline().size(), record.documents().size(), record.journals().size());
    out.flush();
  }
}
