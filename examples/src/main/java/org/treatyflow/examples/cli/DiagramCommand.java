package org.treatyflow.examples.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.workflow.Diagrams;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.catalog.WorkflowCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The command {@code treatyflow diagram FAMILY --format mermaid|dot}: prints the lifecycle of a
 * request family as drawn from its transition table ({@link Diagrams}), with the article on every
 * edge.
 *
 * <p>A family is named as in {@link RequestFamily}, in any case, with hyphens or underscores:
 * {@code expedited-preservation}, {@code EXPEDITED_PRESERVATION}.
 */
@Command(
    name = "diagram",
    description = "Prints the lifecycle of a request family, with the article on every transition.")
final class DiagramCommand implements Callable<Integer> {
  /** The drawing languages. */
  enum Format {
    /** A Mermaid state diagram, for documentation pages. */
    MERMAID,
    /** A Graphviz DOT digraph, for print. */
    DOT
  }

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FAMILY",
      converter = FamilyConverter.class,
      completionCandidates = FamilyNames.class,
      description = "The request family, one of: ${COMPLETION-CANDIDATES}.")
  private RequestFamily family;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "mermaid",
      description = "mermaid or dot (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() {
    TransitionTable<?, ?, ?> table = WorkflowCatalog.of(family).table();
    String diagram =
        switch (format) {
          case MERMAID -> Diagrams.mermaid(table);
          case DOT -> Diagrams.dot(name(family), table);
        };
    spec.commandLine().getOut().print(diagram);
    return TreatyflowCli.OK;
  }

  /** The family's name on the command line: {@code expedited-preservation}. */
  static String name(RequestFamily family) {
    return family.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Reads a family by its name in any case, with hyphens or underscores. */
  static final class FamilyConverter implements ITypeConverter<RequestFamily> {
    @Override
    public RequestFamily convert(String value) {
      String constant = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
      for (RequestFamily family : RequestFamily.values()) {
        if (family.name().equals(constant)) {
          return family;
        }
      }
      throw new TypeConversionException(
          "no request family '"
              + value
              + "'; the families are: "
              + String.join(", ", new FamilyNames()));
    }
  }

  /** The names of the families on the command line, in the order of {@link RequestFamily}. */
  static final class FamilyNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (RequestFamily family : RequestFamily.values()) {
        names.add(name(family));
      }
      return names.iterator();
    }
  }
}
