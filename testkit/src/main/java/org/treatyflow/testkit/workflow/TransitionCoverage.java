package org.treatyflow.testkit.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Transition;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * Which lines of a family's table, and which of its guards, a test run exercised: a line is covered
 * once a step took it; a guard once it was seen to forbid a step ({@link
 * org.treatyflow.workflow.Workflow#failingGuards}). The
 * report names what was never exercised, with its article, so a user sees the untested parts of a
 * procedure. Safe to share between the tries of a property.
 */
public final class TransitionCoverage {
  private final String name;
  private final TransitionTable<?, ?, ?> table;
  private final Set<Transition<?, ?, ?>> taken = ConcurrentHashMap.newKeySet();
  private final Set<String> refusedBy = ConcurrentHashMap.newKeySet();

  /** An empty record of what runs over {@code table}, named {@code name} in reports, exercise. */
  public TransitionCoverage(String name, TransitionTable<?, ?, ?> table) {
    this.name = checkNotNull(name, "name");
    this.table = checkNotNull(table, "table");
  }

  /** An empty record of what runs of {@code workflow} exercise, named after its family. */
  public static TransitionCoverage of(Workflow<?, ?, ?> workflow) {
    return new TransitionCoverage(workflow.family().name(), workflow.table());
  }

  /** Records that a step took {@code line}. */
  public void taken(Transition<?, ?, ?> line) {
    taken.add(line);
  }

  /** Whether a step took {@code line}. */
  public boolean isTaken(Transition<?, ?, ?> line) {
    return taken.contains(line);
  }

  /** Records that the guard with {@code code} forbade a step. */
  public void refusedBy(String code) {
    refusedBy.add(code);
  }

  /** The lines no step took, in the table's order. */
  public List<Transition<?, ?, ?>> untakenLines() {
    List<Transition<?, ?, ?>> untaken = new ArrayList<>();
    for (Transition<?, ?, ?> line : table.transitions()) {
      if (!taken.contains(line)) {
        untaken.add(line);
      }
    }
    return untaken;
  }

  /** The share of the table's lines taken, from 0 to 1. */
  public double lineCoverage() {
    return 1.0 - (double) untakenLines().size() / table.transitions().size();
  }

  /** The codes of the table's guards, each once. */
  public Set<String> guardCodes() {
    Set<String> codes = new TreeSet<>();
    for (Transition<?, ?, ?> line : table.transitions()) {
      for (Guard<?> guard : line.guards()) {
        codes.add(guard.code());
      }
    }
    return codes;
  }

  /** The codes of the guards never seen to forbid a step. */
  public Set<String> untriedGuards() {
    Set<String> untried = new TreeSet<>(guardCodes());
    untried.removeAll(refusedBy);
    return untried;
  }

  /** A report of the lines and guards never exercised, with their articles. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(
        "%s: %d of %d lines taken (%.0f%%)%n",
        name,
        table.transitions().size() - untakenLines().size(),
        table.transitions().size(),
        100 * lineCoverage()));
    for (Transition<?, ?, ?> line : untakenLines()) {
      out.append("  line not taken: ").append(line).append('\n');
    }
    Set<String> untried = untriedGuards();
    out.append(String.format("%d of %d guards seen forbidding a step%n", guardCodes().size() - untried.size(), guardCodes().size()));
    for (String code : untried) {
      out.append("  guard never seen to forbid: ").append(code).append(" (").append(citationOf(code)).append(")\n");
    }
    return out.toString();
  }

  private String citationOf(String code) {
    Set<ArticleCitation> citations = new LinkedHashSet<>();
    for (Transition<?, ?, ?> line : table.transitions()) {
      for (Guard<?> guard : line.guards()) {
        if (guard.code().equals(code)) {
          citations.add(guard.citation());
        }
      }
    }
    return citations.toString().replaceAll("[\\[\\]]", "");
  }
}
