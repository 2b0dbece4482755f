package org.treatyflow.workflow.preservation;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.LaunderingOffence;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;

/** A preservation request from Albania to Austria (which made the BC 29(4) reservation). */
final class PreservationFixtures {
  static final Party ALBANIA = Party.of("AL");
  static final Party AUSTRIA = Party.of("AT");
  static final Authority ALBANIAN_24_7 =
      Authority.of(ALBANIA, AuthorityRole.POINT_OF_CONTACT_24_7, "State Police, Cybercrime Sector");
  static final Authority AUSTRIAN_24_7 =
      Authority.of(AUSTRIA, AuthorityRole.POINT_OF_CONTACT_24_7, "Federal Criminal Police Office");
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final RequestId ID = RequestId.of("AL-SP-2026-0118");

  private PreservationFixtures() {}

  static Offence computerFraud() {
    return Offence.builder()
        .domesticDescription("Computer fraud")
        .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
        .build();
  }

  static Offence launderingOnly() {
    return Offence.builder()
        .domesticDescription("Money laundering")
        .addLaunderingOffences(LaunderingOffence.CONVERSION_OR_TRANSFER)
        .build();
  }

  static PreservationRequest request(Offence offence) {
    return request(List.of(offence));
  }

  /** The request, about every offence of {@code offences}. */
  static PreservationRequest request(List<Offence> offences) {
    return builder(offences).build();
  }

  /** A builder of the request, complete but for anything added to it. */
  static PreservationRequest.Builder builder(List<Offence> offences) {
    return PreservationRequest.builder()
        .header(
            RequestHeader.builder()
                .id(ID)
                .requestingParty(ALBANIA)
                .requestedParty(AUSTRIA)
                .requestingAuthority(ALBANIAN_24_7)
                .requestedAuthority(AUSTRIAN_24_7)
                .channel(Channel.NETWORK_24_7)
                .dateOfRequest(LocalDate.of(2026, 3, 2))
                .language(Language.ENGLISH)
                .addLegalBasis(BUDAPEST.cite(29))
                .build())
        .addAllOffences(offences)
        .facts(Facts.summary("A fake online shop took prepayments from buyers."))
        .addDataToPreserve(
            DataItem.builder()
                .category(DataCategory.TRAFFIC_DATA)
                .description("Access logs of the web server")
                .relationToOffence("Orders were placed from these connections")
                .build())
        .custodianOrLocation("A hosting company in Vienna")
        .necessity("Logs are deleted after 30 days.")
        .intendsMutualAssistanceFollowUp(true);
  }

  static PreservationRequest request() {
    return request(computerFraud());
  }

  static Environment environment(SimulatedClock clock) {
    return environment(clock, DomesticPolicy.DEFAULTS);
  }

  static Environment environment(SimulatedClock clock, DomesticPolicy policy) {
    return new Environment(PartyRegistry.bundled(), clock, policy);
  }

  /** A policy under which Austria preserves for {@code days} days and may renew, or not. */
  static DomesticPolicy austrianPolicy(Optional<Integer> days, boolean renewal) {
    return new DomesticPolicy() {
      @Override
      public Optional<Integer> preservationDays(Party requestedParty) {
        return requestedParty.equals(AUSTRIA) ? days : Optional.empty();
      }

      @Override
      public boolean allowsPreservationRenewal(Party party) {
        return renewal && party.equals(AUSTRIA);
      }
    };
  }

  static Command<PreservationAction> command(String id, PreservationAction action, long version, Authority actor) {
    return Command.<PreservationAction>builder().id(id).action(action).expectedVersion(version).actor(actor).build();
  }

  static Refusal refusal(List<GroundForRefusal> grounds) {
    return refusalBuilder(grounds)
        .reasons("Dual criminality cannot be met at the time of disclosure.")
        .partialGrantConsidered(true)
        .build();
  }

  /** A refusal of the request on {@code grounds}, without reasons and partial grant not considered. */
  static Refusal.Builder refusalBuilder(List<GroundForRefusal> grounds) {
    return Refusal.builder()
        .header(
            ReplyHeader.builder()
                .id(RequestId.of("AT-BK-2026-0009"))
                .answersRequest(ID)
                .family(org.treatyflow.model.common.RequestFamily.EXPEDITED_PRESERVATION)
                .fromParty(AUSTRIA)
                .fromAuthority(AUSTRIAN_24_7)
                .toParty(ALBANIA)
                .date(LocalDate.of(2026, 3, 3))
                .channel(Channel.NETWORK_24_7)
                .build())
        .addAllGrounds(grounds);
  }
}
