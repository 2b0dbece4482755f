package org.treatyflow.workflow.assistance;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treatyflow.model.assistance.AssistanceMeasure;
import org.treatyflow.model.assistance.EmergencyMutualAssistanceRequest;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.MaximumPenalty;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.ProtocolTestPolicy;

/**
 * Requests for emergency mutual assistance (2AP 10) from Austria to Hungary, in the model's test
 * registry in which the Second Protocol is in force from 1 October 2026 (copied as
 * {@code in-force-2ap.json}); Germany is bound by the Convention only.
 */
final class EmergencyMutualAssistanceFixtures {
  static final Party AUSTRIA = Party.of("AT");
  static final Party HUNGARY = Party.of("HU");
  static final Party GERMANY = Party.of("DE");
  static final Instant BEFORE_IN_FORCE = Instant.parse("2026-09-15T08:00:00Z");
  static final Instant START = Instant.parse("2026-10-05T08:00:00Z");
  static final RequestId EMLA_ID = RequestId.of("AT-EMLA-2026-0001");
  static final RequestFamily FAMILY = RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE;

  private static final PartyRegistry REGISTRY = ProtocolTestPolicy.IN_FORCE_2AP;

  private EmergencyMutualAssistanceFixtures() {}

  static Authority centralAuthority(Party party) {
    return Authority.builder()
        .party(party)
        .role(AuthorityRole.CENTRAL_AUTHORITY)
        .name("Ministry of Justice " + party + ", 24/7 emergency desk")
        .contactDetails("emergency desk " + party)
        .build();
  }

  static Environment environment(SimulatedClock clock) {
    return environment(clock, policy(Optional.empty(), false, false));
  }

  /**
   * Hungary does not implement {@code notImplemented} or not; transfers between Austria and Hungary
   * suspended or not; a treaty governs or not (BC 27(1)).
   */
  static DomesticPolicy policy(Optional<Integer> notImplemented, boolean suspended, boolean treaty) {
    ProtocolTestPolicy policy = ProtocolTestPolicy.NEUTRAL;
    if (notImplemented.isPresent()) {
      policy = policy.notImplementing(Set.of(HUNGARY), notImplemented.get());
    }
    if (suspended) {
      policy = policy.suspending(Set.of(List.of(HUNGARY, AUSTRIA)));
    }
    return treaty ? policy.withTreaty() : policy;
  }

  static Environment environment(SimulatedClock clock, DomesticPolicy policy) {
    return new Environment(REGISTRY, clock, policy);
  }

  static EmergencyMutualAssistanceRequest.Builder builder(Party requested, Urgency urgency) {
    EmergencyMutualAssistanceRequest.Builder b = EmergencyMutualAssistanceRequest.builder();
    b.header(
            RequestHeader.builder()
                .id(EMLA_ID)
                .requestingParty(AUSTRIA)
                .requestedParty(requested)
                .requestingAuthority(centralAuthority(AUSTRIA))
                .requestedAuthority(centralAuthority(requested))
                .channel(Channel.CENTRAL_AUTHORITY)
                .dateOfRequest(LocalDate.of(2026, 10, 5))
                .urgency(urgency)
                .language(Language.ENGLISH)
                .addLegalBasis(SECOND_PROTOCOL.cite(10))
                .build())
        .addOffences(
            Offence.builder()
                .domesticDescription("Extortion with threats to life, by computer")
                .domesticProvision("Section 144 Criminal Code")
                .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
                .maximumPenalty(MaximumPenalty.imprisonmentMonths(120))
                .build())
        .facts(Facts.summary("A message threatens to kill a hostage unless a ransom is paid."))
        .addMeasures(AssistanceMeasure.of(AssistanceMeasure.Kind.IDENTIFICATION_OF_PERSON))
        .addDataItems(
            DataItem.builder()
                .category(DataCategory.SUBSCRIBER_INFORMATION)
                .description("Holder of the account that sent the message")
                .build());
    return b;
  }

  /** A complete request to {@code requested}. */
  static EmergencyMutualAssistanceRequest request(Party requested) {
    return builder(requested, Urgency.EMERGENCY)
        .emergencyFacts("The hostage is to be killed within 48 hours; the sender's account is the only lead.")
        .build();
  }

  static EmergencyMutualAssistanceRequest request() {
    return request(HUNGARY);
  }

  static ReplyHeader replyHeader(String id) {
    return ReplyHeader.builder()
        .id(RequestId.of(id))
        .answersRequest(EMLA_ID)
        .family(FAMILY)
        .fromParty(HUNGARY)
        .fromAuthority(centralAuthority(HUNGARY))
        .toParty(AUSTRIA)
        .date(LocalDate.of(2026, 10, 5))
        .channel(Channel.CENTRAL_AUTHORITY)
        .build();
  }

  static AmendmentRequest supplementalInformation(Optional<LocalDate> timeLimit) {
    return AmendmentRequest.builder()
        .header(replyHeader("HU-SUP-1"))
        .addMissingItems("The time and time zone of the threatening message")
        .timeLimit(timeLimit)
        .build();
  }

  static Refusal refusal(GroundForRefusal ground, boolean partialConsidered) {
    return Refusal.builder()
        .header(replyHeader("HU-REF-1"))
        .addGrounds(ground)
        .reasons("Execution would prejudice essential interests.")
        .partialGrantConsidered(partialConsidered)
        .build();
  }

  static ResultTransmission result() {
    return ResultTransmission.builder()
        .header(replyHeader("HU-RES-1"))
        .addDocuments("Subscriber record of the account")
        .build();
  }
}
