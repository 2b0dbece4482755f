package org.treatyflow.workflow.confiscation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.assistance.AssistanceStatus;

/**
 * Small guards the Section 4 families write on lines of their own, where the skeleton's helpers
 * would cite another article: who acts, and that any document given answers the request.
 */
final class SectionFourGuards {
  private SectionFourGuards() {}

  static <R extends Request> Guard<StepContext<R>> byRequested(ArticleCitation citation, Verification v) {
    return Guards.actorOf(
        "ACTOR_OF_REQUESTED_PARTY",
        citation,
        v,
        c -> c.request().header().requestedParty(),
        "Only an authority of the requested Party may take this step.",
        "Seule une autorité de la Partie requise peut accomplir cette étape.");
  }

  /** Any document the command comes with answers this request and is complete. */
  static <R extends Request> Guard<StepContext<R>> documentAnswers(ArticleCitation citation, Verification v) {
    String code = code(citation) + "_DOCUMENT_ANSWERS_REQUEST";
    Violation foreign =
        Guards.violation(
            code,
            citation,
            "reply",
            v,
            "The document does not answer this request.",
            "Le document ne répond pas à cette demande.");
    return Guard.computed(
        code,
        citation,
        c -> {
          Optional<Reply> reply = c.command().flatMap(Command::reply);
          if (reply.isEmpty()) {
            return List.of();
          }
          if (!answers(c.request(), reply.get())) {
            return List.of(foreign);
          }
          return reply.get().completenessViolations();
        });
  }

  /** The document of {@code type} the command comes with, if it answers the request of the case. */
  static <T extends Reply> Optional<T> reply(StepContext<? extends Request> c, Class<T> type) {
    return c.command()
        .flatMap(Command::reply)
        .filter(type::isInstance)
        .map(type::cast)
        .filter(r -> answers(c.request(), r));
  }

  static boolean answers(Request request, Reply reply) {
    return reply.header().answersRequest().equals(request.header().id()) && reply.family() == request.family();
  }

  /** Whether the case has ever reached {@code status}, whatever came after. */
  static boolean reached(CaseFile<?, ?, ?> k, AssistanceStatus status) {
    return k.history().stream().anyMatch(e -> status.equals(e.to()));
  }

  /** Whether the request of case {@code k} goes from the same requesting to the same requested Party. */
  static boolean sameParties(CaseFile<?, ?, ?> k, Request request) {
    if (!(k.request() instanceof Request other)) {
      return false;
    }
    return other.header().requestingParty().equals(request.header().requestingParty())
        && other.header().requestedParty().equals(request.header().requestedParty());
  }

  /** A code prefix from an article: {@code WC 23(1)(b)} gives {@code WC_23_1_B}. */
  static String code(ArticleCitation citation) {
    return citation.toString().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("_$", "");
  }
}
