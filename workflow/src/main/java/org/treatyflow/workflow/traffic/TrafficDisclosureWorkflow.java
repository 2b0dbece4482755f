package org.treatyflow.workflow.traffic;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.workflow.traffic.TrafficDisclosureAction.DISCLOSE;
import static org.treatyflow.workflow.traffic.TrafficDisclosureAction.REFUSE;
import static org.treatyflow.workflow.traffic.TrafficDisclosureStatus.DISCLOSED;
import static org.treatyflow.workflow.traffic.TrafficDisclosureStatus.OBLIGED;
import static org.treatyflow.workflow.traffic.TrafficDisclosureStatus.REFUSED;

import java.util.EnumSet;
import java.util.List;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;
import org.treatyflow.model.refusal.RefusalGrounds;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.preservation.PreservationStatus;

/**
 * The lifecycle of the expedited disclosure of preserved traffic data, line by line as BC 30 reads.
 *
 * <p>The case's act is the {@link PreservedTrafficDisclosure} itself: no new request is made, the
 * disclosure is owed while executing the preservation request it names (BC 30(1)). A case opens
 * when the requested Party of the preservation finds a service provider in another State, and ends
 * when the traffic data is disclosed or the disclosure refused on one of the two grounds of BC 30(2)
 * (B1, B2); no other ground may be asserted.
 *
 * <p>Legal basis: BC 30(1)-(2). No line or guard is unverified.
 */
public final class TrafficDisclosureWorkflow {
  private TrafficDisclosureWorkflow() {}

  /**
   * The offence handed to {@link RefusalGrounds#check}: the disclosure does not carry the offences of
   * the preservation request, and the closed list of BC 30(2) does not depend on them (B1 and B2 are
   * available for every offence, every other ground for none).
   */
  private static final Offence OFFENCE_NOT_RELEVANT =
      Offence.builder()
          .domesticDescription("The offence of the preservation request (BC 30(2) does not depend on it)")
          .build();

  /** The disclosure may be made only with the content BC 30(1) requires. */
  public static final Guard<StepContext<PreservedTrafficDisclosure>> DISCLOSURE_COMPLETE =
      Guards.complete("BC_30_1_DISCLOSURE_COMPLETE", BUDAPEST.cite(30, 1));

  /**
   * The code of the refusal rule of BC 27(6) (consider a partial grant first), which does not govern
   * a BC 30 disclosure: no request is made, BC 27(2)-(9) apply only where no mutual assistance treaty
   * is in force, and BC 30(2) sets no such condition.
   */
  static final String PARTIAL_GRANT_NOT_REQUIRED = "BC_27_6_PARTIAL_GRANT_CONSIDERED";

  /**
   * A refusal must rest on B1 or B2 only (BC 30(2)) and give its grounds and reasons (BC 27(7));
   * considering a partial grant first (BC 27(6)) is not required.
   */
  public static final Guard<StepContext<PreservedTrafficDisclosure>> REFUSAL_ADMISSIBLE =
      Guards.refusalAdmissible(
          "BC_30_2_REFUSAL_ADMISSIBLE",
          BUDAPEST.cite(30, 2),
          (c, refusal) -> answersThisDisclosure(refusal.header(), c.request()),
          Guards.violation(
              "BC_30_2_REFUSAL_DOCUMENT",
              BUDAPEST.cite(30, 2),
              "reply",
              Verification.CONFIRMED,
              "A refusal must be recorded with the refusal of this disclosure, sent by the"
                  + " disclosing Party to the receiving Party, with its grounds and reasons.",
              "Un refus doit être consigné avec le refus de cette divulgation, adressé par la"
                  + " Partie qui divulgue à la Partie destinataire, avec ses motifs et sa"
                  + " motivation."),
          (c, refusal) -> v -> v.code().equals(PARTIAL_GRANT_NOT_REQUIRED),
          TrafficDisclosureWorkflow::groundsViolations);

  /**
   * Where the preservation's case is known ({@link org.treatyflow.workflow.Environment#cases()}),
   * the disclosure is made while that preservation is being executed (BC 30(1)): the data is
   * preserved, or kept pending a decision on the follow-up (BC 29(7)).
   */
  public static final Guard<StepContext<PreservedTrafficDisclosure>> PRESERVATION_BEING_EXECUTED =
      Guard.require(
          "BC_30_1_PRESERVATION_BEING_EXECUTED",
          BUDAPEST.cite(30, 1),
          Verification.CONFIRMED,
          c ->
              c.environment().cases().find(c.request().preservationRequestId())
                  .map(
                      other ->
                          other.status() == PreservationStatus.PRESERVED
                              || other.status() == PreservationStatus.PRESERVED_PENDING_DECISION)
                  .orElse(true),
          "The disclosure is owed only while the preservation request it names is being executed.",
          "La divulgation n'est due que pendant l'exécution de la demande de conservation à"
              + " laquelle elle se rapporte.");

  /** The lifecycle, top-down like BC 30. */
  public static final TransitionTable<
          TrafficDisclosureStatus, TrafficDisclosureAction, StepContext<PreservedTrafficDisclosure>>
      TABLE =
          TransitionTable.of(TrafficDisclosureStatus.class, TrafficDisclosureAction.class, context())
              .initial(OBLIGED)
              .terminal(EnumSet.of(DISCLOSED, REFUSED))
              .from(OBLIGED).on(DISCLOSE).to(DISCLOSED).per(BUDAPEST.cite(30, 1))
                  .when(byDisclosingParty(BUDAPEST.cite(30, 1)), DISCLOSURE_COMPLETE, PRESERVATION_BEING_EXECUTED)
              .from(OBLIGED).on(REFUSE).to(REFUSED).per(BUDAPEST.cite(30, 2))
                  .when(byDisclosingParty(BUDAPEST.cite(30, 2)), REFUSAL_ADMISSIBLE)
              .build();

  /** The engine for expedited disclosures of preserved traffic data. */
  public static final Workflow<PreservedTrafficDisclosure, TrafficDisclosureStatus, TrafficDisclosureAction>
      WORKFLOW = new Workflow<>(RequestFamily.PRESERVED_TRAFFIC_DISCLOSURE, TABLE);

  @SuppressWarnings("unchecked")
  private static Class<StepContext<PreservedTrafficDisclosure>> context() {
    return (Class<StepContext<PreservedTrafficDisclosure>>) (Class<?>) StepContext.class;
  }

  /** The step is taken by an authority of the disclosing Party (the requested Party of BC 29). */
  static Guard<StepContext<PreservedTrafficDisclosure>> byDisclosingParty(ArticleCitation citation) {
    return Guards.actorOf(
        "ACTOR_OF_DISCLOSING_PARTY",
        citation,
        Verification.CONFIRMED,
        c -> c.request().disclosingParty(),
        "Only an authority of the disclosing Party may take this step.",
        "Seule une autorité de la Partie qui divulgue peut accomplir cette étape.");
  }

  /**
   * The grounds of the refusal that BC 30(2) does not admit (only B1 and B2); BC 27(6) is not
   * required (see {@link #PARTIAL_GRANT_NOT_REQUIRED}).
   */
  private static List<Violation> groundsViolations(
      StepContext<PreservedTrafficDisclosure> c, Refusal refusal) {
    // The BC 29(4) reservation does not reach BC 30(2); it is passed as it stands so that the
    // closed list is seen to hold even for a Party that made it.
    boolean reservation =
        c.environment()
            .registry()
            .hasMade(c.request().disclosingParty(), ReservationCode.BC_29_4_DUAL_CRIMINALITY_PRESERVATION);
    return RefusalGrounds.check(
        RequestFamily.PRESERVED_TRAFFIC_DISCLOSURE,
        false,
        OFFENCE_NOT_RELEVANT,
        reservation,
        refusal.grounds());
  }

  private static boolean answersThisDisclosure(ReplyHeader header, PreservedTrafficDisclosure disclosure) {
    return header.answersRequest().equals(disclosure.preservationRequestId())
        && header.family() == RequestFamily.PRESERVED_TRAFFIC_DISCLOSURE
        && header.fromParty().equals(disclosure.disclosingParty())
        && header.toParty().equals(disclosure.receivingParty());
  }
}
