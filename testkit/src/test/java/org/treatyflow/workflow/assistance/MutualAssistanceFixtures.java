package org.treatyflow.workflow.assistance;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.treatyflow.model.assistance.AssistanceMeasure;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;

/** A request for mutual assistance under the Budapest Convention from Romania to Germany. */
final class MutualAssistanceFixtures {
  static final Party ROMANIA = Party.of("RO");
  static final Party GERMANY = Party.of("DE");
  static final Authority ROMANIAN_CENTRAL =
      Authority.of(ROMANIA, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice");
  static final Authority GERMAN_CENTRAL =
      Authority.of(GERMANY, AuthorityRole.CENTRAL_AUTHORITY, "Federal Office of Justice");
  static final Instant START = Instant.parse("2026-05-04T08:00:00Z");
  static final RequestId ID = RequestId.of("RO-MLA-2026-0311");

  private MutualAssistanceFixtures() {}

  static Offence illegalAccess() {
    return Offence.builder()
        .domesticDescription("Illegal access to a computer system")
        .addBudapestOffences(BudapestOffence.BC2_ILLEGAL_ACCESS)
        .build();
  }

  static Offence taxFraud() {
    return Offence.builder().domesticDescription("Tax evasion").fiscal(true).build();
  }

  static MutualAssistanceRequest request() {
    return builder(Channel.CENTRAL_AUTHORITY, illegalAccess()).build();
  }

  static MutualAssistanceRequest.Builder builder(Channel channel, Offence offence) {
    return MutualAssistanceRequest.builder()
        .header(
            RequestHeader.builder()
                .id(ID)
                .requestingParty(ROMANIA)
                .requestedParty(GERMANY)
                .requestingAuthority(ROMANIAN_CENTRAL)
                .requestedAuthority(GERMAN_CENTRAL)
                .channel(channel)
                .dateOfRequest(LocalDate.of(2026, 5, 4))
                .language(Language.ENGLISH)
                .addLegalBasis(BUDAPEST.cite(25))
                .confidentialityRequested(true)
                .build())
        .addOffences(offence)
        .facts(Facts.summary("Intrusions into a hospital's network were run from servers in Germany."))
        .addMeasures(AssistanceMeasure.of(AssistanceMeasure.Kind.PRODUCTION_OF_DOCUMENTS))
        .addDataItems(
            DataItem.builder()
                .category(DataCategory.TRAFFIC_DATA)
                .description("Connection logs of the servers")
                .relationToOffence("The intrusions came from these servers")
                .build());
  }

  static Environment environment(SimulatedClock clock) {
    return environment(clock, DomesticPolicy.DEFAULTS);
  }

  static Environment environment(SimulatedClock clock, DomesticPolicy policy) {
    return new Environment(PartyRegistry.bundled(), clock, policy);
  }

  /** A policy under which a mutual assistance treaty governs between Romania and Germany. */
  static DomesticPolicy treatyInForce() {
    return new DomesticPolicy() {
      @Override
      public boolean mutualAssistanceTreatyInForce(Party requesting, Party requested) {
        return true;
      }
    };
  }

  /** A reply header of Germany answering the request. */
  static ReplyHeader fromGermany(String id) {
    return header(id, GERMANY, GERMAN_CENTRAL, ROMANIA);
  }

  private static ReplyHeader header(String id, Party from, Authority authority, Party to) {
    return ReplyHeader.builder()
        .id(RequestId.of(id))
        .answersRequest(ID)
        .family(RequestFamily.MUTUAL_ASSISTANCE)
        .fromParty(from)
        .fromAuthority(authority)
        .toParty(to)
        .date(LocalDate.of(2026, 5, 6))
        .channel(Channel.CENTRAL_AUTHORITY)
        .build();
  }

  static List<DataItem> logs() {
    return List.of(
        DataItem.builder()
            .category(DataCategory.TRAFFIC_DATA)
            .description("Connection logs, 1 to 30 April")
            .relationToOffence("Show the intrusions")
            .build());
  }
}
