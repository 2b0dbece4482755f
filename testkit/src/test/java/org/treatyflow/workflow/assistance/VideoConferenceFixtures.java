package org.treatyflow.workflow.assistance;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treatyflow.model.assistance.HearingCapacity;
import org.treatyflow.model.assistance.VideoConferenceRequest;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.ProtocolTestPolicy;

/**
 * Austria asks Hungary to hear a witness by video conference, in a test registry in which the
 * Second Protocol is in force from 1 October 2026 for Austria, Hungary, Costa Rica and Japan
 * (invented test data, copied from the model's test resources); Germany is bound by the Convention
 * only. Each Party counts days in its own time zone.
 */
final class VideoConferenceFixtures {
  static final Party AUSTRIA = Party.of("AT");
  static final Party HUNGARY = Party.of("HU");
  static final Party COSTA_RICA = Party.of("CR");
  static final Party JAPAN = Party.of("JP");
  static final Party GERMANY = Party.of("DE");

  static final Authority AUSTRIAN_MINISTRY =
      Authority.of(AUSTRIA, AuthorityRole.CENTRAL_AUTHORITY, "Federal Ministry of Justice");
  static final Authority AUSTRIAN_PROVIDER =
      Authority.of(AUSTRIA, AuthorityRole.SERVICE_PROVIDER, "Alpine Mobile GmbH");

  /** Before the Protocol enters into force in the test registry (1 October 2026). */
  static final Instant BEFORE_IN_FORCE = Instant.parse("2026-09-15T08:00:00Z");
  /** The day the request is sent: Monday 5 October 2026, 10:00 in Vienna and Budapest. */
  static final Instant START = Instant.parse("2026-10-05T08:00:00Z");
  /** The date proposed for the hearing. */
  static final LocalDate HEARING_DATE = LocalDate.of(2026, 11, 10);
  static final RequestId REQUEST_ID = RequestId.of("AT-BMJ-VC-2026-0011");

  static final Map<Party, ZoneId> ZONES = ProtocolTestPolicy.ZONES;

  private static final PartyRegistry REGISTRY = ProtocolTestPolicy.IN_FORCE_2AP;

  private VideoConferenceFixtures() {}

  static PartyRegistry registry() {
    return REGISTRY;
  }

  static Authority ministry(Party party) {
    return Authority.of(party, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice " + party);
  }

  static Environment environment(SimulatedClock clock) {
    return new Environment(registry(), clock, policy(Set.of()));
  }

  /** Each Party counts in its own time zone; {@code suspensions} are (suspending, recipient) pairs. */
  static DomesticPolicy policy(Set<List<Party>> suspensions) {
    return ProtocolTestPolicy.NEUTRAL.suspending(suspensions);
  }

  static Environment environment(SimulatedClock clock, DomesticPolicy policy) {
    return new Environment(registry(), clock, policy);
  }

  static RequestHeader header(Party requested) {
    return RequestHeader.builder()
        .id(REQUEST_ID)
        .requestingParty(AUSTRIA)
        .requestedParty(requested)
        .requestingAuthority(AUSTRIAN_MINISTRY)
        .requestedAuthority(ministry(requested))
        .channel(Channel.CENTRAL_AUTHORITY)
        .dateOfRequest(LocalDate.of(2026, 10, 5))
        .language(Language.ENGLISH)
        .addLegalBasis(SECOND_PROTOCOL.cite(11))
        .build();
  }

  static Person witness() {
    return Person.builder()
        .role(PersonRole.WITNESS_OR_EXPERT)
        .kind(Person.Kind.NATURAL)
        .name("Zq Witness Example")
        .dateOfBirth(LocalDate.of(1985, 3, 14))
        .build();
  }

  /** A complete request to {@code requested} for a hearing on {@code date}. */
  static VideoConferenceRequest request(Party requested, LocalDate date) {
    return VideoConferenceRequest.builder()
        .header(header(requested))
        .personToBeHeard(witness())
        .capacity(HearingCapacity.WITNESS)
        .proposedDate(date)
        .languageOfHearing(Language.of("hu"))
        .interpreterNeeded(true)
        .build();
  }

  /** A complete request to Hungary for a hearing on {@link #HEARING_DATE}. */
  static VideoConferenceRequest request(Party requested) {
    return request(requested, HEARING_DATE);
  }

  /** The request to Hungary without the person to be heard. */
  static VideoConferenceRequest withoutPerson() {
    return VideoConferenceRequest.builder()
        .header(header(HUNGARY))
        .capacity(HearingCapacity.WITNESS)
        .proposedDate(HEARING_DATE)
        .build();
  }

  /** {@code party}'s refusal of the request {@code answers}, with {@code reasons} if any. */
  static Refusal refusal(Party party, RequestId answers, Optional<String> reasons) {
    return Refusal.builder()
        .header(
            ReplyHeader.builder()
                .id(RequestId.of("HU-VC-REFUSAL-1"))
                .answersRequest(answers)
                .family(RequestFamily.VIDEO_CONFERENCE)
                .fromParty(party)
                .fromAuthority(ministry(party))
                .toParty(AUSTRIA)
                .toAuthority(AUSTRIAN_MINISTRY)
                .date(LocalDate.of(2026, 10, 8))
                .channel(Channel.CENTRAL_AUTHORITY)
                .build())
        .reasons(reasons)
        .build();
  }

  static <A extends Enum<A>> Command<A> command(String id, A action, long version, Authority actor) {
    return Command.<A>builder().id(id).action(action).expectedVersion(version).actor(actor).build();
  }

  static <A extends Enum<A>> Command<A> withRefusal(
      String id, A action, long version, Authority actor, Refusal refusal) {
    return Command.<A>builder()
        .id(id)
        .action(action)
        .expectedVersion(version)
        .actor(actor)
        .reply(refusal)
        .build();
  }
}
