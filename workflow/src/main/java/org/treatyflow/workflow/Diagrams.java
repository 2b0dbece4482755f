package org.treatyflow.workflow;

import java.util.Locale;

/**
 * A family's lifecycle drawn from its transition table, with the article on every edge, so that a
 * diagram can never drift from the rules. Mermaid for documentation pages, Graphviz DOT for print.
 */
public final class Diagrams {
  private Diagrams() {}

  /** The table as a Mermaid state diagram. */
  public static String mermaid(TransitionTable<?, ?, ?> table) {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    out.append("    [*] --> ").append(table.initial()).append('\n');
    for (Transition<?, ?, ?> t : table.transitions()) {
      out.append("    ")
          .append(t.from())
          .append(" --> ")
          .append(t.to())
          .append(" : ")
          .append(t.action())
          .append(" (")
          .append(t.citation())
          .append(')')
          .append('\n');
    }
    for (Object terminal : table.terminal()) {
      out.append("    ").append(terminal).append(" --> [*]\n");
    }
    return out.toString();
  }

  /** The table as a Graphviz DOT digraph named after {@code name}. */
  public static String dot(String name, TransitionTable<?, ?, ?> table) {
    StringBuilder out =
        new StringBuilder("digraph ")
            .append(quote(name.toLowerCase(Locale.ROOT)))
            .append(" {\n    rankdir=LR;\n    node [shape=box, style=rounded];\n");
    out.append("    ").append(quote(table.initial().toString())).append(" [style=\"rounded,bold\"];\n");
    for (Object terminal : table.terminal()) {
      out.append("    ").append(quote(terminal.toString())).append(" [peripheries=2];\n");
    }
    for (Transition<?, ?, ?> t : table.transitions()) {
      out.append("    ")
          .append(quote(t.from().toString()))
          .append(" -> ")
          .append(quote(t.to().toString()))
          .append(" [label=")
          .append(quote(t.action() + "\\n" + t.citation()))
          .append("];\n");
    }
    return out.append("}\n").toString();
  }

  private static String quote(String text) {
    return '"' + text.replace("\"", "\\\"") + '"';
  }
}
