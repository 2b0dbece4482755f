package org.treatyflow.workflow.assistance;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamAction.AGREE;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamAction.CONCLUDE;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamAction.DECLINE;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamAction.EXPIRE;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamAction.EXTEND;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamAction.SIGN;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamAction.START;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamStatus.AGREED;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamStatus.CONCLUDED;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamStatus.DECLINED;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamStatus.EXTENDED;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamStatus.OPERATING;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamStatus.PROPOSED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiPredicate;
import org.treatyflow.model.assistance.JointInvestigationTeamAgreement;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of an agreement between the competent authorities of two or more Parties to set up
 * a joint investigation team, as the library reads 2AP 12.
 *
 * <p>An agreement is an arrangement, not a request: there is no requesting and no requested Party.
 * It carries its own Parties ({@link JointInvestigationTeamAgreement#parties()}) and the competent
 * authorities that conclude it ({@link JointInvestigationTeamAgreement#competentAuthorities()}), and
 * only those authorities act on it. Each signs for its Party; once every Party has signed, the
 * agreement is concluded, provided it is complete and the Protocol binds every pair of Parties on
 * that day. The team starts on or after its start date and ends by decision or when its end date
 * has passed. The agreement governs the use of the information the team obtains; the library
 * records its terms ({@link JointInvestigationTeamAgreement#informationUseTerms()}) and requires
 * them before the agreement is concluded, but does not follow each use.
 *
 * <p>Signatures are not stored in the agreement, which is immutable: they are read from the case's
 * history (the {@link JointInvestigationTeamAction#SIGN} steps). For the same reason an extension
 * does not change the end date of this case: the team continues under the agreement that extends it,
 * a case of its own, which the {@link JointInvestigationTeamAction#EXTEND} step names, and this case
 * ends as {@link JointInvestigationTeamStatus#EXTENDED}. Dates are read in each Party's time zone: a
 * date is reached when it has begun for every Party, and passed when it is over for every Party.
 *
 * <p>Legal basis: 2AP 12 (unverified in detail), cited without a paragraph on every line, all
 * unverified; the Protocol in force between every pair of Parties (CONVENTIONS.md §2.3, confirmed);
 * 2AP 14 suspension of transfers of personal data between any two Parties (unverified), checked
 * when the team starts work or is continued.
 */
public final class JointInvestigationTeamWorkflow {
  private JointInvestigationTeamWorkflow() {}

  private static final ArticleCitation ART_12 = SECOND_PROTOCOL.cite(12);

  /** The step is taken by one of the competent authorities named in the agreement. */
  public static final Guard<StepContext<JointInvestigationTeamAgreement>> BY_COMPETENT_AUTHORITY =
      Guards.actor(
          "2AP_12_ACTOR_COMPETENT_AUTHORITY",
          ART_12,
          Verification.UNVERIFIED,
          (c, a) -> c.request().competentAuthorities().contains(a),
          "Only a competent authority named in the agreement may take this step.",
          "Seule une autorité compétente désignée dans l'accord peut accomplir cette étape.");

  /** A Party signs once; passes when the engine only explains. */
  public static final Guard<StepContext<JointInvestigationTeamAgreement>> NOT_YET_SIGNED =
      Guard.require(
          "2AP_12_ALREADY_SIGNED",
          ART_12,
          Verification.UNVERIFIED,
          c -> c.command().map(cmd -> !hasSigned(c, cmd.actor().party())).orElse(true),
          "The competent authority of this Party has already signed the agreement.",
          "L'autorité compétente de cette Partie a déjà signé l'accord.");

  /** The agreement has the content 2AP 12 requires, as the library reads it. */
  public static final Guard<StepContext<JointInvestigationTeamAgreement>> AGREEMENT_COMPLETE =
      Guards.complete("2AP_12_AGREEMENT_COMPLETE", ART_12);

  /** Every participating Party's competent authority has signed. */
  public static final Guard<StepContext<JointInvestigationTeamAgreement>> SIGNED_BY_EVERY_PARTY =
      Guard.require(
          "2AP_12_NOT_SIGNED_BY_EVERY_PARTY",
          ART_12,
          Verification.UNVERIFIED,
          c -> c.request().parties().stream().allMatch(p -> hasSigned(c, p)),
          "The agreement is concluded only once the competent authority of every participating"
              + " Party has signed it.",
          "L'accord n'est conclu qu'une fois signé par l'autorité compétente de chaque Partie"
              + " participante.");

  /**
   * The Protocol (and so the Convention it supplements) binds every pair of participating Parties
   * today, read in the first Party's time zone of each pair (CONVENTIONS.md §2.3).
   */
  public static final Guard<StepContext<JointInvestigationTeamAgreement>> PROTOCOL_IN_FORCE =
      Guard.require(
          "2AP_12_PROTOCOL_IN_FORCE",
          ART_12,
          Verification.CONFIRMED,
          c ->
              everyPair(
                  c,
                  (a, b) ->
                      c.environment()
                          .registry()
                          .isInForceBetween(Instrument.SECOND_PROTOCOL, a, b, c.today(a))),
          "The Second Additional Protocol is not in force between every pair of participating"
              + " Parties on this date.",
          "Le deuxième Protocole additionnel n'est pas en vigueur entre toutes les Parties"
              + " participantes, prises deux à deux, à cette date.");

  /**
   * No participating Party has suspended transfers of personal data to another under the
   * Protocol's data-protection safeguards (2AP 14): a team shares what it obtains.
   */
  public static final Guard<StepContext<JointInvestigationTeamAgreement>> TRANSFERS_NOT_SUSPENDED =
      Guard.require(
          "2AP_14_TRANSFERS_SUSPENDED",
          SECOND_PROTOCOL.cite(14),
          Verification.UNVERIFIED,
          c -> {
            DomesticPolicy policy = c.environment().policy();
            return everyPair(
                c,
                (a, b) ->
                    !policy.suspendsProtocolTransfersTo(a, b)
                        && !policy.suspendsProtocolTransfersTo(b, a));
          },
          "Transfers of personal data between two participating Parties under the Second"
              + " Additional Protocol are suspended.",
          "Les transferts de données à caractère personnel entre deux Parties participantes au"
              + " titre du deuxième Protocole additionnel sont suspendus.");

  /** The team does not start before its start date has begun for every Party. */
  public static final Guard<StepContext<JointInvestigationTeamAgreement>> START_DATE_REACHED =
      Guard.require(
          "2AP_12_BEFORE_START_DATE",
          ART_12,
          Verification.UNVERIFIED,
          c -> c.request().parties().stream().noneMatch(p -> c.today(p).isBefore(c.request().startDate())),
          "The team cannot start work before the start date the agreement sets.",
          "L'équipe ne peut pas commencer ses travaux avant la date de début fixée par l'accord.");

  /** The team's term is over only once its end date has passed for every Party. */
  public static final Guard<StepContext<JointInvestigationTeamAgreement>> END_DATE_PASSED =
      Guard.require(
          "2AP_12_END_DATE_NOT_PASSED",
          ART_12,
          Verification.UNVERIFIED,
          JointInvestigationTeamWorkflow::endDatePassed,
          "The end date the agreement sets has not passed: end the team by decision instead.",
          "La date de fin fixée par l'accord n'est pas passée : mettez fin à l'équipe par"
              + " décision.");

  /**
   * A team whose end date has passed cannot start or be continued: a new team needs a new
   * agreement.
   */
  public static final Guard<StepContext<JointInvestigationTeamAgreement>> END_DATE_NOT_PASSED =
      Guard.require(
          "2AP_12_END_DATE_PASSED",
          ART_12,
          Verification.UNVERIFIED,
          c -> !endDatePassed(c),
          "The end date the agreement sets has passed: the team can no longer start or continue.",
          "La date de fin fixée par l'accord est passée : l'équipe ne peut plus commencer ni être"
              + " prolongée.");

  /** The step names the other agreement under which the team continues; passes when explaining. */
  public static final Guard<StepContext<JointInvestigationTeamAgreement>> EXTENSION_NAMED =
      Guard.require(
          "2AP_12_EXTENSION_NAMED",
          ART_12,
          Verification.UNVERIFIED,
          c ->
              c.command()
                  .map(cmd -> cmd.followUp().filter(id -> !id.equals(c.request().reference())).isPresent())
                  .orElse(true),
          "Name the agreement, other than this one, under which the team continues and which sets"
              + " its new end date.",
          "Indiquez l'accord, autre que celui-ci, par lequel l'équipe est prolongée et qui fixe sa"
              + " nouvelle date de fin.");

  /** The lifecycle, as the library reads 2AP 12. */
  public static final TransitionTable<
          JointInvestigationTeamStatus,
          JointInvestigationTeamAction,
          StepContext<JointInvestigationTeamAgreement>>
      TABLE =
          TransitionTable.of(
                  JointInvestigationTeamStatus.class, JointInvestigationTeamAction.class, context())
              .initial(PROPOSED)
              .terminal(EnumSet.of(CONCLUDED, DECLINED, EXTENDED))
              .from(PROPOSED).on(SIGN).to(PROPOSED).perUnverified(ART_12)
                  .when(BY_COMPETENT_AUTHORITY, NOT_YET_SIGNED)
              .from(PROPOSED).on(AGREE).to(AGREED).perUnverified(ART_12)
                  .when(List.of(
                      BY_COMPETENT_AUTHORITY, AGREEMENT_COMPLETE, SIGNED_BY_EVERY_PARTY, PROTOCOL_IN_FORCE))
              .from(PROPOSED).on(DECLINE).to(DECLINED).perUnverified(ART_12)
                  .when(BY_COMPETENT_AUTHORITY)
              .from(AGREED).on(START).to(OPERATING).perUnverified(ART_12)
                  .when(List.of(
                      BY_COMPETENT_AUTHORITY,
                      START_DATE_REACHED,
                      END_DATE_NOT_PASSED,
                      PROTOCOL_IN_FORCE,
                      TRANSFERS_NOT_SUSPENDED))
              .from(AGREED).on(CONCLUDE).to(CONCLUDED).perUnverified(ART_12)
                  .when(BY_COMPETENT_AUTHORITY)
              .from(OPERATING).on(CONCLUDE).to(CONCLUDED).perUnverified(ART_12)
                  .when(BY_COMPETENT_AUTHORITY)
              .from(OPERATING).on(EXPIRE).to(CONCLUDED).perUnverified(ART_12)
                  .when(BY_COMPETENT_AUTHORITY, END_DATE_PASSED)
              .from(OPERATING).on(EXTEND).to(EXTENDED).perUnverified(ART_12)
                  .when(List.of(
                      BY_COMPETENT_AUTHORITY, END_DATE_NOT_PASSED, EXTENSION_NAMED, TRANSFERS_NOT_SUSPENDED))
              .build();

  /** The engine for agreements on joint investigation teams. */
  public static final Workflow<
          JointInvestigationTeamAgreement, JointInvestigationTeamStatus, JointInvestigationTeamAction>
      WORKFLOW = new Workflow<>(RequestFamily.JOINT_INVESTIGATION_TEAM, TABLE);

  @SuppressWarnings("unchecked")
  private static Class<StepContext<JointInvestigationTeamAgreement>> context() {
    return (Class<StepContext<JointInvestigationTeamAgreement>>) (Class<?>) StepContext.class;
  }

  /** Whether an authority of {@code party} has signed, in the case's history. */
  private static boolean hasSigned(StepContext<JointInvestigationTeamAgreement> c, Party party) {
    return c.caseFile().history().stream()
        .anyMatch(e -> e.action() == SIGN && e.actor().party().equals(party));
  }

  /** Whether {@code holds} for every two different participating Parties. */
  private static boolean everyPair(
      StepContext<JointInvestigationTeamAgreement> c, BiPredicate<Party, Party> holds) {
    List<Party> parties = List.copyOf(c.request().parties());
    for (int i = 0; i < parties.size(); i++) {
      for (int j = i + 1; j < parties.size(); j++) {
        if (!holds.test(parties.get(i), parties.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the end date is over for every Party; false when the agreement sets none. */
  private static boolean endDatePassed(StepContext<JointInvestigationTeamAgreement> c) {
    if (c.request().endDate().isEmpty()) {
      return false;
    }
    LocalDate end = c.request().endDate().get();
    return c.request().parties().stream().allMatch(p -> c.today(p).isAfter(end));
  }
}
