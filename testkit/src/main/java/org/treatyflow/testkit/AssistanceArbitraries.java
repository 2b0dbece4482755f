package org.treatyflow.testkit;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.treatyflow.model.assistance.AssistanceMeasure;
import org.treatyflow.model.assistance.EmergencyMutualAssistanceRequest;
import org.treatyflow.model.assistance.HearingCapacity;
import org.treatyflow.model.assistance.InterceptionRequest;
import org.treatyflow.model.assistance.JointInvestigationTeamAgreement;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.assistance.RealTimeTrafficCollectionRequest;
import org.treatyflow.model.assistance.StoredDataAccessMeasure;
import org.treatyflow.model.assistance.StoredDataAccessRequest;
import org.treatyflow.model.assistance.VideoConferenceRequest;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.person.PersonRole;

/**
 * Arbitraries of complete mutual-assistance requests and agreements (BC 25, 27, 31, 33, 34; 2AP
 * 10, 11, 12). Every generated value has no completeness violations, and every personal field
 * carries {@link PersonArbitraries#MARKER}.
 */
public final class AssistanceArbitraries {
  private static final LocalDate BASE = LocalDate.of(2025, 1, 1);

  private AssistanceArbitraries() {}

  /** A general request for mutual assistance (BC 25, 27) on a channel its urgency and coercion allow. */
  public static Arbitrary<MutualAssistanceRequest> mutualAssistanceRequests() {
    Arbitrary<Channel> channels =
        Arbitraries.of(
            Channel.CENTRAL_AUTHORITY,
            Channel.CENTRAL_AUTHORITY,
            Channel.DIRECT_JUDICIAL,
            Channel.DIRECT_COMPETENT_AUTHORITIES,
            Channel.INTERPOL);
    return channels.flatMap(
        channel -> {
          Arbitrary<Urgency> urgencies =
              channel == Channel.DIRECT_JUDICIAL
                  ? Arbitraries.of(Urgency.URGENT, Urgency.EMERGENCY)
                  : Arbitraries.of(Urgency.class);
          AuthorityRole requestingRole =
              switch (channel) {
                case DIRECT_JUDICIAL -> AuthorityRole.PROSECUTOR;
                case DIRECT_COMPETENT_AUTHORITIES, INTERPOL -> AuthorityRole.POLICE;
                default -> AuthorityRole.CENTRAL_AUTHORITY;
              };
          Arbitrary<Boolean> coercion =
              channel == Channel.DIRECT_COMPETENT_AUTHORITIES
                  ? Arbitraries.just(false)
                  : Arbitraries.of(true, false);
          return Combinators.combine(
                  headers(requestingRole, requestingRole, channel, urgencies, BUDAPEST.cite(27)),
                  CommonArbitraries.offences().list().ofMinSize(1).ofMaxSize(2),
                  CommonArbitraries.facts(),
                  measures().list().ofMinSize(1).ofMaxSize(3),
                  CommonArbitraries.dataItems().list().ofMaxSize(2),
                  PersonArbitraries.persons().list().ofMaxSize(2),
                  PersonArbitraries.names().map(n -> "Hear " + n + " in the presence of defence counsel").optional(0.5),
                  coercion)
              .as(
                  (header, offences, facts, measures, data, persons, procedure, coercive) ->
                      MutualAssistanceRequest.builder()
                          .header(header)
                          .addAllOffences(offences)
                          .facts(facts)
                          .addAllMeasures(measures)
                          .addAllDataItems(data)
                          .addAllPersons(persons)
                          .procedureRequested(procedure)
                          .coercive(coercive)
                          .build());
        });
  }

  /** A request for access to stored data (BC 31), with grounds for an expedited answer when urgent. */
  public static Arbitrary<StoredDataAccessRequest> storedDataAccessRequests() {
    return headers(
            AuthorityRole.CENTRAL_AUTHORITY,
            AuthorityRole.CENTRAL_AUTHORITY,
            Channel.CENTRAL_AUTHORITY,
            Arbitraries.of(Urgency.class),
            BUDAPEST.cite(31))
        .flatMap(
            header ->
                Combinators.combine(
                        CommonArbitraries.budapestOffences().list().ofMinSize(1).ofMaxSize(2),
                        CommonArbitraries.facts(),
                        Arbitraries.of(DataCategory.CONTENT_DATA, DataCategory.TRAFFIC_DATA, DataCategory.SUBSCRIBER_INFORMATION)
                            .flatMap(CommonArbitraries::dataItems)
                            .list()
                            .ofMinSize(1)
                            .ofMaxSize(3),
                        Arbitraries.subsetOf(StoredDataAccessMeasure.values()).ofMinSize(1),
                        CommonArbitraries.requestIds().optional(0.6),
                        PersonArbitraries.names()
                            .map(n -> "The provider deletes the inactive account of " + n + " after 30 days")
                            .optional(header.urgency() == Urgency.ROUTINE ? 0.3 : 1.0))
                    .as(
                        (offences, facts, data, measures, preservation, grounds) ->
                            StoredDataAccessRequest.builder()
                                .header(header)
                                .addAllOffences(offences)
                                .facts(facts)
                                .addAllDataItems(data)
                                .addAllMeasures(measures)
                                .precedingPreservation(preservation)
                                .expeditedGrounds(grounds)
                                .build()));
  }

  /** A request for real-time collection of traffic data (BC 33) for up to 90 days. */
  public static Arbitrary<RealTimeTrafficCollectionRequest> realTimeTrafficCollectionRequests() {
    return realTimeCollections(
        BUDAPEST.cite(33, 1),
        CommonArbitraries.budapestOffences(),
        DataCategory.TRAFFIC_DATA,
        (header, offences, facts, communications, start, end) ->
            RealTimeTrafficCollectionRequest.builder()
                .header(header)
                .addAllOffences(offences)
                .facts(facts)
                .addAllSpecifiedCommunications(communications)
                .collectionStart(start)
                .collectionEnd(end)
                .build());
  }

  /** A request for interception of content data (BC 34) for up to 90 days. */
  public static Arbitrary<InterceptionRequest> interceptionRequests() {
    return realTimeCollections(
        BUDAPEST.cite(34),
        CommonArbitraries.offences(),
        DataCategory.CONTENT_DATA,
        (header, offences, facts, communications, start, end) ->
            InterceptionRequest.builder()
                .header(header)
                .addAllOffences(offences)
                .facts(facts)
                .addAllSpecifiedCommunications(communications)
                .collectionStart(start)
                .collectionEnd(end)
                .build());
  }

  /** How a real-time collection request (BC 33, 34) is built from its generated parts. */
  @FunctionalInterface
  private interface RealTimeCollection<R> {
    R build(
        RequestHeader header,
        List<Offence> offences,
        Facts facts,
        List<DataItem> communications,
        LocalDate collectionStart,
        LocalDate collectionEnd);
  }

  /**
   * A real-time collection request (BC 33, 34) under {@code legalBasis}, for one to two {@code
   * offences} and one to three communications of {@code category}, for up to 90 days.
   */
  private static <R> Arbitrary<R> realTimeCollections(
      ArticleCitation legalBasis,
      Arbitrary<Offence> offences,
      DataCategory category,
      RealTimeCollection<R> request) {
    return Combinators.combine(
            headers(
                AuthorityRole.CENTRAL_AUTHORITY,
                AuthorityRole.CENTRAL_AUTHORITY,
                Channel.CENTRAL_AUTHORITY,
                Arbitraries.of(Urgency.class),
                legalBasis),
            offences.list().ofMinSize(1).ofMaxSize(2),
            CommonArbitraries.facts(),
            CommonArbitraries.dataItems(category).list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(0, 700),
            Arbitraries.integers().between(1, 90))
        .as(
            (header, someOffences, facts, communications, start, days) ->
                request.build(
                    header,
                    someOffences,
                    facts,
                    communications,
                    BASE.plusDays(start),
                    BASE.plusDays(start + days)));
  }

  /** A request for emergency mutual assistance (2AP 10), marked as an emergency. */
  public static Arbitrary<EmergencyMutualAssistanceRequest> emergencyMutualAssistanceRequests() {
    return Combinators.combine(
            headers(
                AuthorityRole.CENTRAL_AUTHORITY,
                AuthorityRole.CENTRAL_AUTHORITY,
                Channel.CENTRAL_AUTHORITY,
                Arbitraries.just(Urgency.EMERGENCY),
                SECOND_PROTOCOL.cite(10)),
            CommonArbitraries.offences().list().ofMaxSize(2),
            CommonArbitraries.facts(),
            PersonArbitraries.names()
                .map(
                    n ->
                        "A message threatens to kill "
                            + n
                            + " within 48 hours; identifying the sender's account is the only lead."),
            measures().list().ofMinSize(1).ofMaxSize(2),
            Arbitraries.of(DataCategory.SUBSCRIBER_INFORMATION, DataCategory.TRAFFIC_DATA)
                .flatMap(CommonArbitraries::dataItems)
                .list()
                .ofMaxSize(2))
        .as(
            (header, offences, facts, emergency, measures, data) ->
                EmergencyMutualAssistanceRequest.builder()
                    .header(header)
                    .addAllOffences(offences)
                    .facts(facts)
                    .emergencyFacts(emergency)
                    .addAllMeasures(measures)
                    .addAllDataItems(data)
                    .build());
  }

  /** A request to hear a witness or expert by video conference (2AP 11). */
  public static Arbitrary<VideoConferenceRequest> videoConferenceRequests() {
    return Combinators.combine(
            headers(
                AuthorityRole.CENTRAL_AUTHORITY,
                AuthorityRole.CENTRAL_AUTHORITY,
                Channel.CENTRAL_AUTHORITY,
                Arbitraries.of(Urgency.ROUTINE, Urgency.URGENT),
                SECOND_PROTOCOL.cite(11)),
            PersonArbitraries.persons(PersonRole.WITNESS_OR_EXPERT),
            Arbitraries.of(HearingCapacity.class),
            Arbitraries.integers().between(0, 700),
            CommonArbitraries.languages().optional(0.8),
            Arbitraries.of(true, false))
        .as(
            (header, person, capacity, day, language, interpreter) ->
                VideoConferenceRequest.builder()
                    .header(header)
                    .personToBeHeard(person)
                    .capacity(capacity)
                    .proposedDate(BASE.plusDays(day))
                    .languageOfHearing(language)
                    .interpreterNeeded(interpreter)
                    .build());
  }

  /** An agreement on a joint investigation team (2AP 12) of two to four Parties. */
  public static Arbitrary<JointInvestigationTeamAgreement> jointInvestigationTeamAgreements() {
    return CommonArbitraries.parties()
        .list()
        .ofMinSize(2)
        .ofMaxSize(4)
        .uniqueElements()
        .flatMap(
            parties ->
                Combinators.combine(
                        Arbitraries.of(AuthorityRole.PROSECUTOR, AuthorityRole.JUDICIAL_AUTHORITY, AuthorityRole.POLICE)
                            .list()
                            .ofSize(parties.size()),
                        CommonArbitraries.requestIds(),
                        PersonArbitraries.names().map(n -> "Investigate the fraudulent online shops run by " + n),
                        Arbitraries.integers().between(0, 700),
                        Arbitraries.integers().between(90, 730),
                        Arbitraries.subsetOf(UseCondition.values()).ofMinSize(1))
                    .flatAs(
                        (roles, id, purpose, start, days, conditions) ->
                            authoritiesOf(parties, roles)
                                .map(
                                    authorities ->
                                        JointInvestigationTeamAgreement.builder()
                                            .reference(RequestId.of("JIT-" + id.value()))
                                            .addAllParties(parties)
                                            .addAllCompetentAuthorities(authorities)
                                            .purpose(purpose)
                                            .startDate(BASE.plusDays(start))
                                            .endDate(BASE.plusDays(start + days))
                                            .informationUseTerms(useTerms(conditions))
                                            .build())));
  }

  /** Any act of this package. */
  public static Arbitrary<CooperationAct> acts() {
    return Arbitraries.oneOf(
        mutualAssistanceRequests(),
        storedDataAccessRequests(),
        realTimeTrafficCollectionRequests(),
        interceptionRequests(),
        emergencyMutualAssistanceRequests(),
        videoConferenceRequests(),
        jointInvestigationTeamAgreements());
  }

  /** A measure of assistance; one of kind OTHER names a person. */
  public static Arbitrary<AssistanceMeasure> measures() {
    Arbitrary<AssistanceMeasure> plain =
        Arbitraries.of(
                AssistanceMeasure.Kind.SEARCH_AND_SEIZURE,
                AssistanceMeasure.Kind.PRODUCTION_OF_DOCUMENTS,
                AssistanceMeasure.Kind.HEARING_OF_WITNESS,
                AssistanceMeasure.Kind.IDENTIFICATION_OF_PERSON,
                AssistanceMeasure.Kind.SERVICE_OF_DOCUMENTS)
            .map(AssistanceMeasure::of);
    Arbitrary<AssistanceMeasure> other =
        PersonArbitraries.names().map(n -> AssistanceMeasure.other("Forensic image of the laptop of " + n));
    Arbitrary<AssistanceMeasure> described =
        Combinators.combine(Arbitraries.of(AssistanceMeasure.Kind.HEARING_OF_WITNESS), PersonArbitraries.names())
            .as((kind, n) -> AssistanceMeasure.builder().kind(kind).description("Hear " + n + " as a witness").build());
    return Arbitraries.oneOf(plain, other, described);
  }

  private static Arbitrary<List<Authority>> authoritiesOf(
      List<Party> parties, List<AuthorityRole> roles) {
    Arbitrary<List<Authority>> result = Arbitraries.just(List.of());
    for (int i = 0; i < parties.size(); i++) {
      Arbitrary<Authority> next =
          CommonArbitraries.authorities(parties.get(i), roles.get(i));
      result =
          Combinators.combine(result, next)
              .as(
                  (list, authority) ->
                      ImmutableList.<Authority>builder()
                          .addAll(list)
                          .add(authority)
                          .build());
    }
    return result;
  }

  private static String useTerms(Set<UseCondition> conditions) {
    StringBuilder terms = new StringBuilder("Information obtained by the team is used");
    if (conditions.contains(UseCondition.PURPOSE_LIMITED)) {
      terms.append(" only for the investigations named in the agreement");
    }
    if (conditions.contains(UseCondition.CONFIDENTIAL)) {
      terms.append(", kept confidential");
    }
    if (conditions.contains(UseCondition.NO_OTHER_USE_WITHOUT_CONSENT)) {
      terms.append(", and not for other purposes without the consent of the Party that supplied it");
    }
    return terms.append('.').toString();
  }

  /**
   * A header from one Party to another on {@code channel}, with urgency from {@code urgencies},
   * invoking {@code legalBasis}, with the conditions on use of BC 28.
   */
  private static Arbitrary<RequestHeader> headers(
      AuthorityRole requestingRole,
      AuthorityRole requestedRole,
      Channel channel,
      Arbitrary<Urgency> urgencies,
      ArticleCitation legalBasis) {
    return CommonArbitraries.headers(
        requestingRole,
        requestedRole,
        channel,
        urgencies,
        EnumSet.of(UseCondition.CONFIDENTIAL, UseCondition.PURPOSE_LIMITED),
        legalBasis);
  }
}
