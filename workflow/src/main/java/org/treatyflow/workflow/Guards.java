package org.treatyflow.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.BilingualText;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.reply.Refusal;

/**
 * The guards every family writes the same way, written once: who may act, the treaty in force, the
 * act complete, a refusal recorded and admissible, a follow-up request named. Each family passes its
 * own code, citation, verification and sentences, so every violation still names its article.
 *
 * <p>Legal basis: none of its own; each guard cites the article its family passes. Guards on the
 * command pass when the engine only explains (no command).
 */
public final class Guards {
  private Guards() {}

  /**
   * The step is taken by an actor that {@code allowed} accepts (e.g. an authority of a given Party,
   * or a given role in it); passes when there is no command.
   */
  public static <C extends StepContext<?>> Guard<C> actor(
      String code,
      ArticleCitation citation,
      Verification verification,
      BiPredicate<? super C, Authority> allowed,
      String english,
      String french) {
    checkNotNull(allowed, "allowed");
    Predicate<C> holds =
        c -> {
          Command<?> command = c.commandOrNull();
          return command == null || allowed.test(c, command.actor());
        };
    return Guard.require(code, citation, verification, holds, english, french);
  }

  /** The step is taken by an authority of the Party {@code party} names; passes when there is no command. */
  public static <C extends StepContext<?>> Guard<C> actorOf(
      String code,
      ArticleCitation citation,
      Verification verification,
      Function<? super C, Party> party,
      String english,
      String french) {
    checkNotNull(party, "party");
    return actor(
        code, citation, verification, (c, a) -> a.party().equals(party.apply(c)), english, french);
  }

  /**
   * {@code instrument} is in force between the Parties {@code first} and {@code second} name, on
   * today's date in {@code first}'s time zone.
   */
  public static <C extends StepContext<?>> Guard<C> inForce(
      String code,
      ArticleCitation citation,
      Verification verification,
      Instrument instrument,
      Function<? super C, Party> first,
      Function<? super C, Party> second,
      String english,
      String french) {
    checkNotNull(instrument, "instrument");
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    return Guard.require(
        code,
        citation,
        verification,
        c -> {
          Party firstParty = first.apply(c);
          return c.environment()
              .registry()
              .isInForceBetween(instrument, firstParty, second.apply(c), c.today(firstParty));
        },
        english,
        french);
  }

  /** The act of the case has the content its article requires (its completeness rules). */
  public static <R extends CooperationAct> Guard<StepContext<R>> complete(
      String code, ArticleCitation citation) {
    return Guard.computed(code, citation, c -> c.request().completenessViolations());
  }

  /** The command names the request that follows up; passes when there is no command. */
  public static <C extends StepContext<?>> Guard<C> followUpNamed(
      String code, ArticleCitation citation, Verification verification, String english, String french) {
    return Guard.require(
        code,
        citation,
        verification,
        c -> c.command().map(cmd -> cmd.followUp().isPresent()).orElse(true),
        english,
        french);
  }

  /**
   * The command carries a {@link Refusal} that {@code answers} accepts as answering this case; it is
   * complete (its completeness violations, less those {@code waived} lets go) and rests on admissible
   * grounds ({@code grounds}, typically {@link org.treatyflow.model.refusal.RefusalGrounds#check}).
   * Without such a refusal the one violation is {@code noDocument}; passes when there is no command.
   */
  public static <C extends StepContext<?>> Guard<C> refusalAdmissible(
      String code,
      ArticleCitation citation,
      BiPredicate<? super C, Refusal> answers,
      Violation noDocument,
      BiFunction<? super C, Refusal, Predicate<Violation>> waived,
      BiFunction<? super C, Refusal, List<Violation>> grounds) {
    checkNotNull(answers, "answers");
    checkNotNull(noDocument, "noDocument");
    checkNotNull(waived, "waived");
    checkNotNull(grounds, "grounds");
    return Guard.computed(
        code,
        citation,
        c -> {
          if (c.command().isEmpty()) {
            return List.of();
          }
          Optional<Refusal> refusal = refusal(c, answers);
          if (refusal.isEmpty()) {
            return List.of(noDocument);
          }
          Predicate<Violation> letGo = waived.apply(c, refusal.get());
          List<Violation> violations = new ArrayList<>();
          for (Violation v : refusal.get().completenessViolations()) {
            if (!letGo.test(v)) {
              violations.add(v);
            }
          }
          violations.addAll(grounds.apply(c, refusal.get()));
          return violations;
        });
  }

  /** The refusal the command carries, if {@code answers} accepts it as answering this case. */
  public static <C extends StepContext<?>> Optional<Refusal> refusal(
      C c, BiPredicate<? super C, Refusal> answers) {
    return c.command()
        .flatMap(Command::reply)
        .filter(Refusal.class::isInstance)
        .map(Refusal.class::cast)
        .filter(r -> answers.test(c, r));
  }

  /** One violation of a rule, for a computed guard. */
  public static Violation violation(
      String code,
      ArticleCitation citation,
      String field,
      Verification verification,
      String english,
      String french) {
    return Violation.builder()
        .code(code)
        .citation(citation)
        .field(field)
        .verification(verification)
        .message(new BilingualText(english, french))
        .build();
  }

  /**
   * The case of the request {@code link} names (its origin, say) is found in the environment's
   * {@link LinkedCases} and {@code state} accepts it. When the request names none, {@code required}
   * says whether that is a violation; a named request whose case cannot be found is one. One
   * violation either way, citing {@code citation}.
   */
  public static <C extends StepContext<?>> Guard<C> linkedCase(
      String code,
      ArticleCitation citation,
      Verification verification,
      Function<? super C, Optional<RequestId>> link,
      boolean required,
      Predicate<CaseFile<?, ?, ?>> state,
      String english,
      String french) {
    checkNotNull(state, "state");
    return linkedCase(
        code, citation, verification, link, required, (c, other) -> state.test(other), english, french);
  }

  /**
   * As {@link #linkedCase(String, ArticleCitation, Verification, Function, boolean, Predicate,
   * String, String)}, where the test of the other case also reads this step (its Parties, say).
   */
  public static <C extends StepContext<?>> Guard<C> linkedCase(
      String code,
      ArticleCitation citation,
      Verification verification,
      Function<? super C, Optional<RequestId>> link,
      boolean required,
      BiPredicate<? super C, CaseFile<?, ?, ?>> state,
      String english,
      String french) {
    checkNotNull(link, "link");
    checkNotNull(state, "state");
    return Guard.require(
        code,
        citation,
        verification,
        c ->
            link.apply(c)
                .map(id -> c.environment().cases().find(id).filter(other -> state.test(c, other)).isPresent())
                .orElse(!required),
        english,
        french);
  }
}
