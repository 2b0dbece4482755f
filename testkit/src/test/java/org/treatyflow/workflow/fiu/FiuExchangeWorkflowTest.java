package org.treatyflow.workflow.fiu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.DENY_CONSENT;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.GRANT_CONSENT;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.PROVIDE;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.REFUSE;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.REQUEST_CONSENT_FOR_OTHER_USE;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.SEND;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.SEND_SPONTANEOUSLY;
import static org.treatyflow.workflow.fiu.FiuExchangeWorkflow.WORKFLOW;
import static org.treatyflow.workflow.fiu.FiuFixtures.ALBANIA;
import static org.treatyflow.workflow.fiu.FiuFixtures.DUTCH_FIU;
import static org.treatyflow.workflow.fiu.FiuFixtures.DUTCH_POLICE;
import static org.treatyflow.workflow.fiu.FiuFixtures.NETHERLANDS;
import static org.treatyflow.workflow.fiu.FiuFixtures.POLAND;
import static org.treatyflow.workflow.fiu.FiuFixtures.POLISH_CENTRAL_AUTHORITY;
import static org.treatyflow.workflow.fiu.FiuFixtures.POLISH_FIU;
import static org.treatyflow.workflow.fiu.FiuFixtures.START;
import static org.treatyflow.workflow.fiu.FiuFixtures.command;
import static org.treatyflow.workflow.fiu.FiuFixtures.environment;
import static org.treatyflow.workflow.fiu.FiuFixtures.exchange;
import static org.treatyflow.workflow.fiu.FiuFixtures.fiu;
import static org.treatyflow.workflow.fiu.FiuFixtures.header;
import static org.treatyflow.workflow.fiu.FiuFixtures.refusal;
import static org.treatyflow.workflow.fiu.FiuFixtures.transmission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.fiu.FiuInformationRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Transition;
import org.treatyflow.workflow.Workflow;

class FiuExchangeWorkflowTest {
  private static final GroundForRefusal F1 = GroundForRefusal.FIU_REFUSAL_TO_DIVULGE;
  private static final RequestFamily FAMILY = RequestFamily.FIU_INFORMATION_EXCHANGE;

  private final SimulatedClock clock = new SimulatedClock(START);
  private Environment env = environment(clock);

  private Outcome<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> attempt(
      CaseFile<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> c,
      FiuExchangeAction action,
      Authority actor,
      Optional<? extends Reply> reply) {
    Command<FiuExchangeAction> command =
        Command.<FiuExchangeAction>builder()
            .id("c" + c.version() + "-" + action)
            .action(action)
            .expectedVersion(c.version())
            .actor(actor)
            .reply(reply.map(Reply.class::cast))
            .build();
    return WORKFLOW.apply(c, command, env);
  }

  private Outcome<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> attempt(
      CaseFile<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> c,
      FiuExchangeAction action,
      Authority actor) {
    return attempt(c, action, actor, Optional.empty());
  }

  private CaseFile<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> step(
      CaseFile<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> c,
      FiuExchangeAction action,
      Authority actor,
      Optional<? extends Reply> reply) {
    var outcome = attempt(c, action, actor, reply);
    assertThat(outcome.violations()).as("violations of %s", action).isEmpty();
    assertThat(outcome.isApplied()).isTrue();
    return outcome.caseFile();
  }

  private CaseFile<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> step(
      CaseFile<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> c,
      FiuExchangeAction action,
      Authority actor) {
    return step(c, action, actor, Optional.empty());
  }

  private CaseFile<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> requested() {
    return step(WORKFLOW.open(exchange(false)), SEND, DUTCH_FIU);
  }

  private CaseFile<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> provided() {
    return step(requested(), PROVIDE, POLISH_FIU, Optional.of(transmission(POLISH_FIU, NETHERLANDS)));
  }

  private CaseFile<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> consentRequested() {
    return step(provided(), REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS, DUTCH_FIU);
  }

  private CaseFile<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> otherUseRequested() {
    return step(provided(), REQUEST_CONSENT_FOR_OTHER_USE, DUTCH_FIU);
  }

  private static List<String> codes(Outcome<?, ?, ?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  // --- the paths ---

  @Test
  void aRequestIsAnsweredAndConsentToOnwardUseIsAskedGrantedAndAskedAgain() {
    var c = provided();
    assertThat(c.status()).isEqualTo(FiuExchangeStatus.PROVIDED);
    assertThat(c.history()).extracting(e -> e.citation().toString()).containsExactly("WC 46(2)", "WC 46(5)");
    assertThat(c.lastEvent().orElseThrow().reply())
        .get()
        .isInstanceOfSatisfying(
            ResultTransmission.class,
            t -> assertThat(t.useConditions()).containsExactly(UseCondition.NO_OTHER_USE_WITHOUT_CONSENT));
    c = step(c, REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS, DUTCH_FIU);
    assertThat(c.status()).isEqualTo(FiuExchangeStatus.CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS);
    c = step(c, GRANT_CONSENT, POLISH_FIU);
    assertThat(c.status()).isEqualTo(FiuExchangeStatus.CONSENT_GRANTED);
    c = step(c, REQUEST_CONSENT_FOR_OTHER_USE, DUTCH_FIU);
    assertThat(c.status()).isEqualTo(FiuExchangeStatus.CONSENT_REQUESTED_FOR_OTHER_USE);
    assertThat(c.history()).extracting(e -> e.citation().toString())
        .containsExactly("WC 46(2)", "WC 46(5)", "WC 46(7)", "WC 46(7)", "WC 46(7)");
  }

  @Test
  void aSpontaneousSendIsProvidedAtOnceAndTheReceiverAsksConsent() {
    var c = step(WORKFLOW.open(exchange(true)), SEND_SPONTANEOUSLY, DUTCH_FIU);
    assertThat(c.status()).isEqualTo(FiuExchangeStatus.PROVIDED);
    assertThat(c.lastEvent().orElseThrow().citation()).hasToString("WC 46(2)");
    // the Dutch FIU supplied the information: the Polish FIU asks, the Dutch FIU decides
    assertThat(codes(attempt(c, REQUEST_CONSENT_FOR_OTHER_USE, DUTCH_FIU))).containsExactly("ACTOR_OF_RECEIVING_FIU");
    c = step(c, REQUEST_CONSENT_FOR_OTHER_USE, POLISH_FIU);
    assertThat(codes(attempt(c, GRANT_CONSENT, POLISH_FIU))).containsExactly("ACTOR_OF_SUPPLYING_FIU");
    c = step(c, GRANT_CONSENT, DUTCH_FIU);
    assertThat(c.status()).isEqualTo(FiuExchangeStatus.CONSENT_GRANTED);
  }

  // --- SEND and SEND_SPONTANEOUSLY ---

  @Test
  void onlyTheRequestingFiuSends() {
    var outcome = attempt(WORKFLOW.open(exchange(false)), SEND, DUTCH_POLICE);
    assertThat(codes(outcome)).containsExactly("ACTOR_OF_REQUESTING_FIU");
    assertThat(outcome.violations().get(0).citation()).hasToString("WC 46(2)");
    assertThat(codes(attempt(WORKFLOW.open(exchange(false)), SEND, POLISH_FIU)))
        .containsExactly("ACTOR_OF_REQUESTING_FIU");
  }

  @Test
  void aSpontaneousSendIsNotSentAsARequestAndARequestNotSpontaneously() {
    assertThat(codes(attempt(WORKFLOW.open(exchange(true)), SEND, DUTCH_FIU)))
        .containsExactly("WC_46_2_ON_REQUEST");
    assertThat(codes(attempt(WORKFLOW.open(exchange(false)), SEND_SPONTANEOUSLY, DUTCH_FIU)))
        .containsExactly("WC_46_2_SPONTANEOUS");
  }

  @Test
  void anIncompleteRequestIsNotSent() {
    FiuInformationRequest noFacts =
        FiuInformationRequest.builder()
            .header(header(NETHERLANDS, POLAND, WARSAW.cite(46)))
            .intendedUse("Analysis.")
            .build();
    var outcome = attempt(WORKFLOW.open(noFacts), SEND, DUTCH_FIU);
    assertThat(codes(outcome)).containsExactly("WC_46_4_FACTS");
    assertThat(outcome.violations().get(0).citation()).hasToString("WC 46(4)");
    assertThat(FiuExchangeWorkflow.REQUEST_COMPLETE.citation()).hasToString("WC 46(4)");
  }

  @Test
  void senderAndReceiverMustBeFius() {
    Authority polishPolice = Authority.of(POLAND, AuthorityRole.POLICE, "Central Bureau of Investigation");
    var toPolice = exchange(header(DUTCH_FIU, polishPolice, WARSAW.cite(46)), false);
    assertThat(codes(attempt(WORKFLOW.open(toPolice), SEND, DUTCH_FIU))).containsExactly("WC_46_2_REQUESTED_FIU");
    var spontaneousToPolice = exchange(header(DUTCH_FIU, polishPolice, WARSAW.cite(46)), true);
    assertThat(codes(attempt(WORKFLOW.open(spontaneousToPolice), SEND_SPONTANEOUSLY, DUTCH_FIU)))
        .containsExactly("WC_46_2_REQUESTED_FIU");
  }

  @Test
  void theConventionMustBindBothPartiesOnTheDayOfTheSend() {
    var toTheUk = exchange(header(NETHERLANDS, Party.of("GB"), WARSAW.cite(46)), false);
    assertThat(codes(attempt(WORKFLOW.open(toTheUk), SEND, DUTCH_FIU)))
        .containsExactly("WC_46_2_CONVENTION_IN_FORCE");
    // the Netherlands is bound from 2008-12-01, Poland from 2008-05-01
    clock.set(Instant.parse("2008-11-30T12:00:00Z"));
    assertThat(codes(attempt(WORKFLOW.open(exchange(false)), SEND, DUTCH_FIU)))
        .containsExactly("WC_46_2_CONVENTION_IN_FORCE");
    assertThat(codes(attempt(WORKFLOW.open(exchange(true)), SEND_SPONTANEOUSLY, DUTCH_FIU)))
        .containsExactly("WC_46_2_CONVENTION_IN_FORCE");
    clock.set(Instant.parse("2008-12-01T12:00:00Z"));
    assertThat(attempt(WORKFLOW.open(exchange(false)), SEND, DUTCH_FIU).isApplied()).isTrue();
  }

  // --- PROVIDE ---

  @Test
  void theRequestedFiuProvidesWithTheTransmissionRecorded() {
    var c = requested();
    assertThat(codes(attempt(c, PROVIDE, DUTCH_FIU, Optional.of(transmission(POLISH_FIU, NETHERLANDS)))))
        .containsExactly("ACTOR_OF_REQUESTED_FIU");
    // a transmission from the Party that asked is not the information provided
    assertThat(codes(attempt(c, PROVIDE, POLISH_FIU, Optional.of(transmission(DUTCH_FIU, POLAND)))))
        .containsExactly("WC_46_8_TRANSMISSION_RECORDED");
    assertThat(codes(attempt(c, PROVIDE, POLISH_CENTRAL_AUTHORITY, Optional.of(transmission(POLISH_FIU, NETHERLANDS)))))
        .containsExactly("ACTOR_OF_REQUESTED_FIU");
    var unrecorded = attempt(c, PROVIDE, POLISH_FIU);
    assertThat(codes(unrecorded)).containsExactly("WC_46_8_TRANSMISSION_RECORDED");
    assertThat(unrecorded.violations().get(0).verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(unrecorded.violations().get(0).citation()).hasToString("WC 46(8)");
    var refusalInstead =
        attempt(c, PROVIDE, POLISH_FIU, Optional.of(refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(F1), Optional.of("x"))));
    assertThat(codes(refusalInstead)).containsExactly("WC_46_8_TRANSMISSION_RECORDED");
    assertThat(attempt(c, PROVIDE, POLISH_FIU, Optional.of(transmission(POLISH_FIU, NETHERLANDS))).isApplied()).isTrue();
  }

  // --- REFUSE (F1, WC 46(6)) ---

  @Test
  void anExplainedRefusalOnF1EndsTheCase() {
    var refused =
        step(requested(), REFUSE, POLISH_FIU,
            Optional.of(refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(F1), Optional.of("A Polish investigation would be impaired."))));
    assertThat(refused.status()).isEqualTo(FiuExchangeStatus.REFUSED);
    assertThat(refused.lastEvent().orElseThrow().citation()).hasToString("WC 46(6)");
    assertThat(codes(attempt(refused, REQUEST_CONSENT_FOR_OTHER_USE, DUTCH_FIU))).containsExactly(Workflow.CASE_CLOSED);
  }

  @Test
  void aRefusalMustBeExplained() {
    var outcome =
        attempt(requested(), REFUSE, POLISH_FIU, Optional.of(refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(F1), Optional.empty())));
    assertThat(codes(outcome)).containsExactly("WC_46_6_REASONS_FOR_REFUSAL");
    assertThat(outcome.violations().get(0).citation()).hasToString("WC 46(6)");
  }

  @Test
  void aRefusalMustRestOnF1() {
    var outcome =
        attempt(requested(), REFUSE, POLISH_FIU,
            Optional.of(refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(GroundForRefusal.WC_ESSENTIAL_INTERESTS), Optional.of("Reasons."))));
    assertThat(codes(outcome)).contains("WC_46_6_GROUND_FOR_REFUSAL_APPLIES", "GROUND_NOT_AVAILABLE_W2");
    var noGround =
        attempt(requested(), REFUSE, POLISH_FIU, Optional.of(refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(), Optional.of("Reasons."))));
    assertThat(codes(noGround)).containsExactly("WC_46_6_GROUND_FOR_REFUSAL_STATED");
  }

  @Test
  void aRefusalIsRecordedWithTheRefusalOfThisRequestByTheRequestedFiu() {
    var c = requested();
    assertThat(codes(attempt(c, REFUSE, POLISH_FIU))).containsExactly("WC_46_6_REFUSAL_DOCUMENT");
    assertThat(codes(attempt(c, REFUSE, POLISH_FIU, Optional.of(transmission(POLISH_FIU, NETHERLANDS)))))
        .containsExactly("WC_46_6_REFUSAL_DOCUMENT");
    assertThat(codes(attempt(c, REFUSE, DUTCH_FIU,
            Optional.of(refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(F1), Optional.of("Reasons."))))))
        .containsExactly("ACTOR_OF_REQUESTED_FIU");
  }

  // --- the WC 53(2) reservation on 46(5) ---

  @Test
  void aPartyThatReservedOn46_5MayRefuseForWantOfAFormalLetterOfRequest() {
    env = new Environment(FiuFixtures.reservationRegistry(), clock, DomesticPolicy.DEFAULTS);
    Authority albanianFiu = fiu(ALBANIA);
    var atAlbania = step(WORKFLOW.open(exchange(header(NETHERLANDS, ALBANIA, WARSAW.cite(46)), false)), SEND, DUTCH_FIU);
    var noGround = refusal(FAMILY, albanianFiu, NETHERLANDS, List.of(), Optional.empty());
    var refused = step(atAlbania, REFUSE, albanianFiu, Optional.of(noGround));
    assertThat(refused.status()).isEqualTo(FiuExchangeStatus.REFUSED);
    // still recorded with a refusal of this request; a ground stated must be F1, explained
    assertThat(codes(attempt(atAlbania, REFUSE, albanianFiu))).containsExactly("WC_46_6_REFUSAL_DOCUMENT");
    var onF1Unexplained = refusal(FAMILY, albanianFiu, NETHERLANDS, List.of(F1), Optional.empty());
    assertThat(codes(attempt(atAlbania, REFUSE, albanianFiu, Optional.of(onF1Unexplained))))
        .containsExactly("WC_46_6_REASONS_FOR_REFUSAL");
    var onW2 = refusal(FAMILY, albanianFiu, NETHERLANDS, List.of(GroundForRefusal.WC_ESSENTIAL_INTERESTS), Optional.of("Reasons."));
    assertThat(codes(attempt(atAlbania, REFUSE, albanianFiu, Optional.of(onW2)))).contains("GROUND_NOT_AVAILABLE_W2");
    // it may still provide
    assertThat(step(atAlbania, PROVIDE, albanianFiu, Optional.of(transmission(albanianFiu, NETHERLANDS))).status())
        .isEqualTo(FiuExchangeStatus.PROVIDED);
    // Poland made no reservation: the same refusal without F1 and reasons is refused
    var atPoland = requested();
    var polishNoGround = refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(), Optional.empty());
    var outcome = attempt(atPoland, REFUSE, POLISH_FIU, Optional.of(polishNoGround));
    assertThat(codes(outcome)).containsExactly("WC_46_6_GROUND_FOR_REFUSAL_STATED", "WC_46_6_REASONS_FOR_REFUSAL");
  }

  // --- consent (WC 46(7), 46(9)) ---

  @Test
  void onlyTheReceivingFiuAsksConsentAndOnlyTheSupplyingFiuDecides() {
    assertThat(codes(attempt(provided(), REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS, POLISH_FIU))).containsExactly("ACTOR_OF_RECEIVING_FIU");
    assertThat(codes(attempt(provided(), REQUEST_CONSENT_FOR_OTHER_USE, POLISH_FIU))).containsExactly("ACTOR_OF_RECEIVING_FIU");
    assertThat(codes(attempt(otherUseRequested(), GRANT_CONSENT, DUTCH_FIU))).containsExactly("ACTOR_OF_SUPPLYING_FIU");
    assertThat(codes(attempt(consentRequested(), GRANT_CONSENT, DUTCH_FIU))).containsExactly("ACTOR_OF_SUPPLYING_FIU");
    assertThat(codes(attempt(consentRequested(), DENY_CONSENT, DUTCH_FIU,
            Optional.of(refusal(FAMILY, DUTCH_FIU, POLAND, List.of(F1), Optional.of("Reasons."))))))
        .containsExactly("ACTOR_OF_SUPPLYING_FIU");
  }

  @Test
  void consentMayBeDeniedOnTheConditionsOf46_6OrOnNationalLawWithAnExplanation() {
    var onF1 =
        step(consentRequested(), DENY_CONSENT, POLISH_FIU,
            Optional.of(refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(F1), Optional.of("A Polish investigation would be impaired."))));
    assertThat(onF1.status()).isEqualTo(FiuExchangeStatus.CONSENT_DENIED);
    assertThat(onF1.lastEvent().orElseThrow().citation()).hasToString("WC 46(9)");
    var onNationalLaw =
        step(consentRequested(), DENY_CONSENT, POLISH_FIU,
            Optional.of(refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(), Optional.of("Polish law forbids this use."))));
    assertThat(onNationalLaw.status()).isEqualTo(FiuExchangeStatus.CONSENT_DENIED);
    assertThat(step(onNationalLaw, REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS, DUTCH_FIU).status())
        .isEqualTo(FiuExchangeStatus.CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS);
    assertThat(step(onNationalLaw, REQUEST_CONSENT_FOR_OTHER_USE, DUTCH_FIU).status())
        .isEqualTo(FiuExchangeStatus.CONSENT_REQUESTED_FOR_OTHER_USE);
  }

  @Test
  void consentToAnotherUseMayBeDeniedOnAnyGroundOrNoneButIsRecorded() {
    var unexplainedOnW2 = refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(GroundForRefusal.WC_ESSENTIAL_INTERESTS), Optional.empty());
    // the same denial is refused when the use is criminal proceedings ...
    assertThat(codes(attempt(consentRequested(), DENY_CONSENT, POLISH_FIU, Optional.of(unexplainedOnW2))))
        .containsExactly("WC_46_9_CONSENT_DENIAL_EXPLAINED", "WC_46_9_CONSENT_DENIAL_GROUND");
    // ... and allowed for another use
    var denied = step(otherUseRequested(), DENY_CONSENT, POLISH_FIU, Optional.of(unexplainedOnW2));
    assertThat(denied.status()).isEqualTo(FiuExchangeStatus.CONSENT_DENIED);
    assertThat(denied.lastEvent().orElseThrow().citation()).hasToString("WC 46(7)");
    var noDocument = attempt(otherUseRequested(), DENY_CONSENT, POLISH_FIU);
    assertThat(codes(noDocument)).containsExactly("WC_46_7_CONSENT_DENIAL_DOCUMENT");
    assertThat(noDocument.violations().get(0).citation()).hasToString("WC 46(7)");
    var transmissionInstead = attempt(otherUseRequested(), DENY_CONSENT, POLISH_FIU, Optional.of(transmission(POLISH_FIU, NETHERLANDS)));
    assertThat(codes(transmissionInstead)).containsExactly("WC_46_7_CONSENT_DENIAL_DOCUMENT");
    assertThat(step(otherUseRequested(), GRANT_CONSENT, POLISH_FIU).lastEvent().orElseThrow().citation())
        .hasToString("WC 46(7)");
  }

  @Test
  void aDenialOfConsentMustBeExplainedRecordedAndOnAGroundOf46_9() {
    var unexplained =
        attempt(consentRequested(), DENY_CONSENT, POLISH_FIU,
            Optional.of(refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(F1), Optional.of("  "))));
    assertThat(codes(unexplained)).containsExactly("WC_46_9_CONSENT_DENIAL_EXPLAINED");
    assertThat(unexplained.violations().get(0).citation()).hasToString("WC 46(9)");
    var otherGround =
        attempt(consentRequested(), DENY_CONSENT, POLISH_FIU,
            Optional.of(refusal(FAMILY, POLISH_FIU, NETHERLANDS, List.of(GroundForRefusal.WC_ESSENTIAL_INTERESTS), Optional.of("Reasons."))));
    assertThat(codes(otherGround)).containsExactly("WC_46_9_CONSENT_DENIAL_GROUND");
    assertThat(otherGround.violations().get(0).verification()).isEqualTo(Verification.CONFIRMED);
    assertThat(codes(attempt(consentRequested(), DENY_CONSENT, POLISH_FIU)))
        .containsExactly("WC_46_9_CONSENT_DENIAL_DOCUMENT");
  }

  // --- explain and the table ---

  @Test
  void explainSaysWhatMayHappenNextWithoutJudgingTheDocumentNotYetGiven() {
    List<ActionExplanation<FiuExchangeStatus, FiuExchangeAction>> draft = WORKFLOW.explain(WORKFLOW.open(exchange(false)), env);
    assertThat(draft).filteredOn(ActionExplanation::allowed).extracting(ActionExplanation::action).containsExactly(SEND);
    assertThat(draft.get(SEND_SPONTANEOUSLY.ordinal()).violations()).extracting(Violation::code).containsExactly("WC_46_2_SPONTANEOUS");
    assertThat(draft.get(PROVIDE.ordinal()).violations()).extracting(Violation::code).containsExactly(Workflow.ACTION_NOT_AVAILABLE);
    var requested = WORKFLOW.explain(requested(), env);
    assertThat(requested).filteredOn(ActionExplanation::allowed).extracting(ActionExplanation::action)
        .containsExactly(PROVIDE, REFUSE);
    assertThat(requested.get(REFUSE.ordinal()).citation()).get().hasToString("WC 46(6)");
    assertThat(requested.get(REFUSE.ordinal()).target()).contains(FiuExchangeStatus.REFUSED);
    var asked = WORKFLOW.explain(consentRequested(), env);
    assertThat(asked).filteredOn(ActionExplanation::allowed).extracting(ActionExplanation::action)
        .containsExactly(GRANT_CONSENT, DENY_CONSENT);
    assertThat(asked.get(DENY_CONSENT.ordinal()).citation()).get().hasToString("WC 46(9)");
    var askedOther = WORKFLOW.explain(otherUseRequested(), env);
    assertThat(askedOther.get(DENY_CONSENT.ordinal()).citation()).get().hasToString("WC 46(7)");
    assertThat(WORKFLOW.explain(provided(), env)).filteredOn(ActionExplanation::allowed)
        .extracting(ActionExplanation::action)
        .containsExactly(REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS, REQUEST_CONSENT_FOR_OTHER_USE);
  }

  @Test
  void everyLineCitesArticle46AndRestsOnTheTreatyText() {
    assertThat(FiuExchangeWorkflow.TABLE.transitions())
        .allSatisfy(t -> assertThat(t.citation().article()).isEqualTo(46))
        .allSatisfy(t -> assertThat(t.verification()).isEqualTo(Verification.CONFIRMED))
        .allSatisfy(t -> assertThat(t.guards()).isNotEmpty());
    assertThat(FiuExchangeWorkflow.TABLE.terminal()).containsExactly(FiuExchangeStatus.REFUSED);
    assertThat(FiuExchangeWorkflow.TABLE.transitions()).extracting(Transition::toString)
        .contains(
            "CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS --DENY_CONSENT--> CONSENT_DENIED (WC 46(9))",
            "CONSENT_REQUESTED_FOR_OTHER_USE --DENY_CONSENT--> CONSENT_DENIED (WC 46(7))");
  }
}
