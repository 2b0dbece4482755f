package org.treatyflow.workflow.assistance;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.RefusalGrounds;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.ExecutionReport;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.ProtocolGuards;
import org.treatyflow.workflow.StepContext;

/**
 * The guards of the common mutual assistance skeleton, public so that a family writing lines of
 * its own (a provisional measure in force, a confiscation) reuses them, built from a family's {@link
 * AssistanceProfile}: who acts, the treaty in force, the request complete, and the documents each
 * decision must come with (a refusal on admissible grounds, a postponement, a conditional grant, an
 * amendment request, the results carrying the conditions the requesting Party accepted).
 *
 * <p>BC 27(1) decides which Budapest rules govern: where a mutual assistance treaty is in force
 * between the Parties ({@link org.treatyflow.workflow.DomesticPolicy#appliesBudapestArticle27}), BC
 * 27(2)-(9) and 28 give way to the treaty. The requested Party then need not show it considered a
 * partial grant under BC 27(6), and it cannot invoke the BC 27(4) grounds as such: the treaty's
 * grounds are raised as B5 (BC 25(4)).
 */
public final class AssistanceGuards {
  /** Code of the violation for a BC 27(4) ground invoked where a treaty governs (BC 27(1)). */
  static final String TREATY_GOVERNS = "BC_27_1_TREATY_GOVERNS";

  private static final Set<GroundForRefusal> BC_27_4_GROUNDS =
      ImmutableSet.of(GroundForRefusal.BC_POLITICAL_OFFENCE, GroundForRefusal.BC_ESSENTIAL_INTERESTS);

  private static final Offence NO_OFFENCE_NAMED =
      Offence.builder().domesticDescription("No offence named in the request").build();

  private AssistanceGuards() {}

  /** A code prefix from an article: {@code WC 41(1)(b)} gives {@code WC_41_1_B}. */
  public static String code(ArticleCitation citation) {
    return citation.toString().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("_$", "");
  }

  static Party requesting(StepContext<? extends Request> c) {
    return c.request().header().requestingParty();
  }

  static Party requested(StepContext<? extends Request> c) {
    return c.request().header().requestedParty();
  }

  /** Whether BC 27(2)-(9) and 28 govern the request (BC 27(1)): no treaty, or the Parties agree. */
  static boolean budapestArticle27Applies(StepContext<? extends Request> c) {
    return c.environment().policy().appliesBudapestArticle27(requesting(c), requested(c));
  }

  /** The step is taken by an authority of the requesting Party; cites {@code p}. */
  public static <R extends Request> Guard<StepContext<R>> byRequesting(Provision p) {
    return Guards.actorOf(
        "ACTOR_OF_REQUESTING_PARTY",
        p.citation(),
        p.verification(),
        AssistanceGuards::requesting,
        "Only an authority of the requesting Party may take this step.",
        "Seule une autorité de la Partie requérante peut accomplir cette étape.");
  }

  /** The step is taken by an authority of the requested Party; cites {@code p}. */
  public static <R extends Request> Guard<StepContext<R>> byRequested(Provision p) {
    return Guards.actorOf(
        "ACTOR_OF_REQUESTED_PARTY",
        p.citation(),
        p.verification(),
        AssistanceGuards::requested,
        "Only an authority of the requested Party may take this step.",
        "Seule une autorité de la Partie requise peut accomplir cette étape.");
  }

  /** The step is taken by an authority of the requesting or of the requested Party; cites {@code p}. */
  public static <R extends Request> Guard<StepContext<R>> byEitherParty(Provision p) {
    return Guards.actor(
        "ACTOR_OF_EITHER_PARTY",
        p.citation(),
        p.verification(),
        (c, a) -> a.party().equals(requesting(c)) || a.party().equals(requested(c)),
        "Only an authority of the requesting or of the requested Party may take this step.",
        "Seule une autorité de la Partie requérante ou de la Partie requise peut accomplir cette"
            + " étape.");
  }

  /** The treaty of the family binds both Parties on the day (and, for 2AP, its conditions). */
  static <R extends Request> List<Guard<StepContext<R>>> inForce(AssistanceProfile<R> profile, Provision p) {
    String prefix = code(p.citation());
    switch (profile.track()) {
      case BUDAPEST:
        return List.of(treatyInForce(prefix, p, Instrument.BUDAPEST, "the Budapest Convention", "la Convention de Budapest"));
      case WARSAW:
        return List.of(treatyInForce(prefix, p, Instrument.WARSAW, "the Warsaw Convention", "la Convention de Varsovie"));
      case PROTOCOL:
      default:
        int article = profile.protocolArticle().orElseThrow(
            () -> new IllegalStateException("AssistanceProfile of " + profile.family() + ": PROTOCOL track without an article"));
        List<Guard<StepContext<R>>> guards = new ArrayList<>();
        guards.add(ProtocolGuards.protocolInForce("2AP_" + article + "_PROTOCOL_IN_FORCE", p.citation()));
        if (article >= 6 && article <= 9) {
          guards.add(ProtocolGuards.implementsArticle("2AP_" + article + "_NOT_IMPLEMENTED", p.citation(), article));
        }
        guards.add(ProtocolGuards.transfersNotSuspended("2AP_14_TRANSFERS_SUSPENDED"));
        return guards;
    }
  }

  private static <R extends Request> Guard<StepContext<R>> treatyInForce(
      String prefix, Provision p, Instrument instrument, String english, String french) {
    return Guards.inForce(
        prefix + "_TREATY_IN_FORCE",
        p.citation(),
        p.verification(),
        instrument,
        AssistanceGuards::requesting,
        AssistanceGuards::requested,
        capitalise(english) + " is not in force between the requesting and the requested Party on this date.",
        capitalise(french) + " n'est pas en vigueur entre la Partie requérante et la Partie requise à cette date.");
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The request has the content its articles require. */
  static <R extends Request> Guard<StepContext<R>> complete(Provision p) {
    return Guard.computed(code(p.citation()) + "_REQUEST_COMPLETE", p.citation(), c -> c.request().completenessViolations());
  }

  /**
   * The command comes with a document of {@code type} answering this request, complete except for
   * the rules that give way to a treaty (BC 27(1)); without one the violation {@code
   * <prefix>_DOCUMENT}. Passes when there is no command.
   */
  public static <R extends Request, T extends Reply> Guard<StepContext<R>> document(
      Provision p, Class<T> type, String english, String french) {
    String code = code(p.citation()) + "_DOCUMENT";
    Violation missing = Guards.violation(code, p.citation(), "reply", p.verification(), english, french);
    return Guard.computed(
        code,
        p.citation(),
        c -> {
          if (c.command().isEmpty()) {
            return List.of();
          }
          Optional<T> document = reply(c, type);
          if (document.isEmpty()) {
            return List.of(missing);
          }
          return withoutWaived(c, document.get().completenessViolations());
        });
  }

  /**
   * Any document the command comes with answers this request and is complete; a step that may be
   * taken with or without one (an acknowledgement, a notice of delay).
   */
  public static <R extends Request> Guard<StepContext<R>> documentIfAny(Provision p) {
    String code = code(p.citation()) + "_DOCUMENT_ANSWERS_REQUEST";
    Violation foreign =
        Guards.violation(
            code,
            p.citation(),
            "reply",
            p.verification(),
            "The document does not answer this request.",
            "Le document ne répond pas à cette demande.");
    return Guard.computed(
        code,
        p.citation(),
        c -> {
          Optional<Reply> reply = c.command().flatMap(Command::reply);
          if (reply.isEmpty()) {
            return List.of();
          }
          if (!answers(c, reply.get())) {
            return List.of(foreign);
          }
          return withoutWaived(c, reply.get().completenessViolations());
        });
  }

  /**
   * The refusal is recorded, complete and on admissible grounds: each ground available for every
   * offence of the request ({@link RefusalGrounds#check}, with the request's coercive character);
   * no forbidden obstacle such as bank secrecy ({@link RefusalGrounds#checkReasons}); and, where the
   * refusal rests on the Budapest rules (its line cites BC 25(4), directly or through 2AP 10) and a
   * treaty governs (BC 27(1)), no BC 27(4) ground invoked as such. A Protocol article with its own
   * refusal paragraph (2AP 8(8)) makes the BC 27(4) grounds its own, whatever treaty is in force.
   */
  static <R extends Request> Guard<StepContext<R>> refusalAdmissible(AssistanceProfile<R> profile, Provision p) {
    Guard<StepContext<R>> document =
        document(
            p,
            Refusal.class,
            "A refusal must be recorded with the refusal of this request, its grounds and reasons.",
            "Un refus doit être consigné avec le refus de cette demande, ses motifs et sa motivation.");
    return Guard.computed(
        code(p.citation()) + "_REFUSAL_ADMISSIBLE",
        p.citation(),
        c -> {
          List<Violation> violations = new ArrayList<>(document.check(c));
          Optional<Refusal> refusal = reply(c, Refusal.class);
          if (refusal.isEmpty()) {
            return violations;
          }
          violations.addAll(inadmissibleGrounds(profile, c, refusal.get()));
          violations.addAll(RefusalGrounds.checkReasons(profile.family(), refusal.get().obstaclesInvoked()));
          if (p.citation().instrument() == Instrument.BUDAPEST && !budapestArticle27Applies(c)) {
            for (GroundForRefusal ground : refusal.get().grounds()) {
              if (BC_27_4_GROUNDS.contains(ground)) {
                violations.add(treatyGoverns(ground));
              }
            }
          }
          return violations;
        });
  }

  private static <R extends Request> List<Violation> inadmissibleGrounds(
      AssistanceProfile<R> profile, StepContext<R> c, Refusal refusal) {
    List<Offence> offences = profile.offences(c.request());
    boolean coercive = profile.coercive(c.request());
    Map<String, Violation> byCode = new LinkedHashMap<>();
    for (Offence offence : offences.isEmpty() ? List.of(NO_OFFENCE_NAMED) : offences) {
      for (Violation v : RefusalGrounds.check(profile.family(), coercive, offence, false, refusal.grounds())) {
        byCode.putIfAbsent(v.code(), v);
      }
    }
    return List.copyOf(byCode.values());
  }

  private static Violation treatyGoverns(GroundForRefusal ground) {
    return Guards.violation(
        TREATY_GOVERNS + "_" + ground.code(),
        Instrument.BUDAPEST.cite(27, 1),
        "grounds",
        Verification.CONFIRMED,
        "A mutual assistance treaty governs cooperation between the two Parties, so BC 27(4) does"
            + " not apply: invoke the treaty's ground (BC 25(4)).",
        "Un traité d'entraide régit la coopération entre les deux Parties : l'article 27(4) ne"
            + " s'applique pas ; invoquez le motif prévu par le traité (art. 25(4)).");
  }

  /** A time limit was set for the amendments and has passed (WC 38(2)). */
  static <R extends Request> Guard<StepContext<R>> amendmentTimeLimitPassed(Provision p) {
    return Guard.require(
        code(p.citation()) + "_TIME_LIMIT_NOT_PASSED",
        p.citation(),
        p.verification(),
        c -> AssistanceDeadlines.amendmentOverdueAt(cast(c.caseFile()), c.environment(), c.now()),
        "No time limit set for the amendments has passed.",
        "Aucun délai fixé pour les compléments n'est expiré.");
  }

  /**
   * The requested Party reported, with an execution report, that execution is impossible (BC
   * 27(7); WC 41(1)(d)): the case may then close without results.
   */
  static <R extends Request> Guard<StepContext<R>> impossibilityReported(Provision p) {
    return Guard.require(
        code(p.citation()) + "_IMPOSSIBILITY_NOT_REPORTED",
        p.citation(),
        p.verification(),
        c ->
            c.caseFile().history().stream()
                .anyMatch(
                    e ->
                        e.action() == AssistanceAction.REPORT_DELAY
                            && e.reply()
                                .filter(ExecutionReport.class::isInstance)
                                .map(r -> ((ExecutionReport) r).outcome() == ExecutionReport.Outcome.IMPOSSIBLE)
                                .orElse(false)),
        "Execution may end without results only once the requested Party has reported that it is"
            + " impossible.",
        "L'exécution ne peut prendre fin sans résultats qu'après que la Partie requise a signalé"
            + " qu'elle est impossible.");
  }

  /** The requesting Party asked for confidentiality (BC 27(8); WC 43(1)). */
  static <R extends Request> Guard<StepContext<R>> confidentialityRequested(Provision p) {
    return Guard.require(
        code(p.citation()) + "_CONFIDENTIALITY_NOT_REQUESTED",
        p.citation(),
        p.verification(),
        c -> c.request().header().confidentialityRequested(),
        "The requesting Party did not ask for the request to be kept confidential.",
        "La Partie requérante n'a pas demandé que la demande reste confidentielle.");
  }

  /** Conditions on use were accepted in this case, so their use may be questioned (BC 28(4)). */
  static <R extends Request> Guard<StepContext<R>> conditionsAccepted(Provision p) {
    return Guard.require(
        code(p.citation()) + "_NO_CONDITION_ACCEPTED",
        p.citation(),
        p.verification(),
        c -> !acceptedUseConditions(cast(c.caseFile())).isEmpty(),
        "No condition on use was accepted in this case.",
        "Aucune condition d'utilisation n'a été acceptée dans cette affaire.");
  }

  /**
   * The results carry every condition on use the requesting Party accepted, which bind it (BC
   * 28(3); 2AP 8(9), unverified; WC 42).
   */
  static <R extends Request> Guard<StepContext<R>> acceptedConditionsCarried(Provision p) {
    return Guard.computed(
        code(p.citation()) + "_ACCEPTED_CONDITIONS_BIND",
        p.citation(),
        c -> {
          Optional<ResultTransmission> result = reply(c, ResultTransmission.class);
          if (result.isEmpty()) {
            return List.of();
          }
          Set<UseCondition> accepted = acceptedUseConditions(cast(c.caseFile()));
          if (result.get().useConditions().containsAll(accepted)) {
            return List.of();
          }
          return List.of(
              Guards.violation(
                  code(p.citation()) + "_ACCEPTED_CONDITIONS_BIND",
                  p.citation(),
                  "reply.useConditions",
                  p.verification(),
                  "The results must carry every condition on use the requesting Party accepted:"
                      + " accepted conditions bind it.",
                  "Les résultats doivent porter toutes les conditions d'utilisation acceptées par la"
                      + " Partie requérante : elles la lient."));
        });
  }

  /**
   * The conditions on use of every conditional grant the requesting Party accepted in the case,
   * derived from its history.
   */
  static Set<UseCondition> acceptedUseConditions(CaseFile<?, AssistanceStatus, AssistanceAction> caseFile) {
    Set<UseCondition> accepted = new LinkedHashSet<>();
    Optional<ConditionalGrant> lastGrant = Optional.empty();
    for (HistoryEvent<AssistanceStatus, AssistanceAction> event : caseFile.history()) {
      if (event.action() == AssistanceAction.GRANT_CONDITIONALLY) {
        lastGrant = event.reply().filter(ConditionalGrant.class::isInstance).map(ConditionalGrant.class::cast);
      } else if (event.action() == AssistanceAction.ACCEPT_CONDITIONS) {
        lastGrant.ifPresent(g -> accepted.addAll(g.useConditions()));
      }
    }
    return accepted;
  }

  /** The document of {@code type} the command comes with, if it answers this request. */
  public static <T extends Reply> Optional<T> reply(StepContext<? extends Request> c, Class<T> type) {
    return c.command()
        .flatMap(Command::reply)
        .filter(type::isInstance)
        .map(type::cast)
        .filter(r -> answers(c, r));
  }

  private static boolean answers(StepContext<? extends Request> c, Reply reply) {
    return answers(c.request(), reply);
  }

  /** Whether {@code reply} answers {@code request}: it names it, and is of its family. */
  public static boolean answers(Request request, Reply reply) {
    return reply.header().answersRequest().equals(request.header().id()) && reply.family() == request.family();
  }

  /** Whether the case {@code k} has ever reached {@code status}, whatever came after. */
  public static boolean reached(CaseFile<?, ?, ?> k, AssistanceStatus status) {
    return k.history().stream().anyMatch(e -> status.equals(e.to()));
  }

  /** Whether the request of case {@code k} goes from the same requesting to the same requested Party. */
  public static boolean sameParties(CaseFile<?, ?, ?> k, Request request) {
    return k.request() instanceof Request other
        && other.header().requestingParty().equals(request.header().requestingParty())
        && other.header().requestedParty().equals(request.header().requestedParty());
  }

  /**
   * The violations less those of rules that give way to a treaty (BC 27(1)): where one governs, BC
   * 27(6) (consider a partial grant first) does not apply, directly or through 2AP 10.
   */
  private static List<Violation> withoutWaived(StepContext<? extends Request> c, List<Violation> violations) {
    if (budapestArticle27Applies(c)) {
      return violations;
    }
    Predicate<Violation> waived =
        v -> v.code().startsWith("BC_27_6_") && v.code().endsWith("_PARTIAL_GRANT_CONSIDERED");
    List<Violation> kept = new ArrayList<>();
    for (Violation v : violations) {
      if (!waived.test(v)) {
        kept.add(v);
      }
    }
    return kept;
  }

  @SuppressWarnings("unchecked")
  static <R extends Request> CaseFile<R, AssistanceStatus, AssistanceAction> cast(CaseFile<R, ?, ?> caseFile) {
    return (CaseFile<R, AssistanceStatus, AssistanceAction>) caseFile;
  }
}
