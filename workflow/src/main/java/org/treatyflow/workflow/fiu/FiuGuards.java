package org.treatyflow.workflow.fiu;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.LaunderingOffence;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.StepContext;

/** The guards the two FIU lifecycles share: who acts, the Convention in force, the reply recorded. */
final class FiuGuards {
  private FiuGuards() {}

  /**
   * The offence FIU cooperation is about (WC 46(1), 47(2)(a)): money laundering. The FIU requests
   * name no offence; the refusal tables are consulted for this one, on which F1 and F2 do not
   * depend.
   */
  static final Offence MONEY_LAUNDERING =
      Offence.builder()
          .domesticDescription("Money laundering")
          .addLaunderingOffences(LaunderingOffence.CONVERSION_OR_TRANSFER)
          .build();

  @SuppressWarnings("unchecked")
  static <R extends Request> Class<StepContext<R>> context() {
    return (Class<StepContext<R>>) (Class<?>) StepContext.class;
  }

  static Party requesting(StepContext<? extends Request> c) {
    return c.request().header().requestingParty();
  }

  static Party requested(StepContext<? extends Request> c) {
    return c.request().header().requestedParty();
  }

  /**
   * The step is taken by the Financial Intelligence Unit of {@code party}; passes when the engine
   * only explains (no command).
   */
  static <R extends Request> Guard<StepContext<R>> byFiuOf(
      String side,
      ArticleCitation citation,
      Function<StepContext<R>, Party> party,
      String english,
      String french) {
    return Guards.actor(
        "ACTOR_OF_" + side + "_FIU",
        citation,
        Verification.CONFIRMED,
        (c, actor) ->
            actor.party().equals(party.apply(c))
                && actor.role() == AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT,
        "Only the Financial Intelligence Unit of the " + english + " Party may take this step.",
        "Seule la cellule de renseignement financier de la Partie " + french
            + " peut accomplir cette étape.");
  }

  /** The Warsaw Convention binds both Parties on the requesting Party's date of the step. */
  static <R extends Request> Guard<StepContext<R>> warsawInForce(
      String code, ArticleCitation citation) {
    return Guards.inForce(
        code,
        citation,
        Verification.CONFIRMED,
        Instrument.WARSAW,
        FiuGuards::requesting,
        FiuGuards::requested,
        "The Warsaw Convention is not in force between the two Parties on this date.",
        "La Convention de Varsovie n'est pas en vigueur entre les deux Parties à cette date.");
  }

  /** The reply the command carries, if it is of {@code type} and answers this request. */
  static <T extends Reply> Optional<T> replyAnswering(
      StepContext<? extends Request> c, Class<T> type) {
    return c.command()
        .flatMap(cmd -> cmd.reply())
        .filter(type::isInstance)
        .map(type::cast)
        .filter(r -> answers(c, r));
  }

  /** {@code reply} answers the request of {@code c}, of its family. */
  static boolean answers(StepContext<? extends Request> c, Reply reply) {
    return reply.header().answersRequest().equals(c.request().header().id())
        && reply.header().family() == c.request().family();
  }

  /** The refusal the command carries, if it answers this request. */
  static Optional<Refusal> refusal(StepContext<? extends Request> c) {
    return Guards.refusal(c, FiuGuards::answers);
  }

  /** One violation of a rule, built for a computed guard. */
  static Violation violation(
      String code,
      ArticleCitation citation,
      String field,
      Verification verification,
      String english,
      String french) {
    return Guards.violation(code, citation, field, verification, english, french);
  }

  /** Nothing to check: the engine only explains. */
  static boolean explaining(StepContext<?> c) {
    return c.command().isEmpty();
  }

  static List<Violation> none() {
    return List.of();
  }
}
