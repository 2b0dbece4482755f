package org.treatyflow.testkit;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.spontaneous.SpontaneousInformation;
import org.treatyflow.model.spontaneous.SpontaneousInformationOnProceeds;

/**
 * Arbitraries of complete spontaneous information under BC 26 and WC 20. Every personal field
 * carries {@link PersonArbitraries#MARKER}.
 */
public final class SpontaneousArbitraries {
  private SpontaneousArbitraries() {}

  /** Complete BC 26 information, concerning a Budapest offence or able to lead to a request. */
  public static Arbitrary<SpontaneousInformation> spontaneousInformation() {
    return CommonArbitraries.partyPairs()
        .flatMap(
            pair ->
                Combinators.combine(
                        CommonArbitraries.requestIds().optional(0.7),
                        CommonArbitraries.publicAuthorities(pair.get(0)),
                        CommonArbitraries.authorities(pair.get(1), AuthorityRole.POINT_OF_CONTACT_24_7),
                        Arbitraries.integers().between(0, 700),
                        PersonArbitraries.names(),
                        Arbitraries.of(true, false),
                        Arbitraries.subsetOf(UseCondition.CONFIDENTIAL, UseCondition.PURPOSE_LIMITED),
                        purposes())
                    .as(
                        (reference, providing, receiving, day, name, confidential, conditions, purpose) ->
                          SpontaneousInformation.builder()
                              .reference(reference)
                              .providingParty(pair.get(0))
                              .providingAuthority(providing)
                              .receivingParty(pair.get(1))
                              .receivingAuthority(receiving)
                              .sentOn(LocalDate.of(2025, 1, 1).plusDays(day))
                              .informationSummary(
                                  "Servers rented by " + name + " control a botnet in the receiving Party")
                              .confidentialityRequested(confidential)
                              .addAllConditions(conditions)
                              .addAllOffences(purpose.get1())
                              .couldLeadToRequest(purpose.get2())
                              .build()));
  }

  /**
   * The offences and the "could lead to a request" flag that together meet BC 26(1): Budapest
   * offences, or any offences (possibly none yet) where the information could lead to a request.
   */
  private static Arbitrary<Tuple2<List<Offence>, Boolean>> purposes() {
    return Arbitraries.oneOf(
        CommonArbitraries.budapestOffences().list().ofMinSize(1).ofMaxSize(2)
            .flatMap(o -> Arbitraries.of(true, false).map(lead -> Tuple.of(o, lead))),
        CommonArbitraries.offences().list().ofMaxSize(2).map(o -> Tuple.of(o, true)));
  }

  /** Complete WC 20 information on instrumentalities and proceeds. */
  public static Arbitrary<SpontaneousInformationOnProceeds> spontaneousInformationOnProceeds() {
    return CommonArbitraries.partyPairs()
        .flatMap(
            pair ->
                Combinators.combine(
                        CommonArbitraries.requestIds().optional(0.7),
                        Arbitraries.oneOf(
                            CommonArbitraries.authorities(pair.get(0), AuthorityRole.PROSECUTOR),
                            CommonArbitraries.authorities(pair.get(0), AuthorityRole.CENTRAL_AUTHORITY)),
                        CommonArbitraries.authorities(pair.get(1), AuthorityRole.CENTRAL_AUTHORITY),
                        Arbitraries.integers().between(0, 700),
                        PersonArbitraries.names(),
                        Arbitraries.subsetOf(UseCondition.values()),
                        AssetArbitraries.assets().list().ofMinSize(1).ofMaxSize(3),
                        CommonArbitraries.offences().list().ofMaxSize(2))
                    .as(
                        (reference, providing, receiving, day, name, conditions, assets, offences) ->
                            SpontaneousInformationOnProceeds.builder()
                                .reference(reference)
                                .providingParty(pair.get(0))
                                .providingAuthority(providing)
                                .receivingParty(pair.get(1))
                                .receivingAuthority(receiving)
                                .sentOn(LocalDate.of(2025, 1, 1).plusDays(day))
                                .informationSummary(
                                    "Proceeds obtained by " + name + " were moved to the receiving Party")
                                .confidentialityRequested(conditions.contains(UseCondition.CONFIDENTIAL))
                                .addAllConditions(conditions)
                                .addAllInstrumentalitiesAndProceeds(assets)
                                .addAllOffences(offences)
                                .build()));
  }

  /** Either kind of spontaneous information. */
  public static Arbitrary<CooperationAct> acts() {
    return Arbitraries.oneOf(
        spontaneousInformation().map(CooperationAct.class::cast),
        spontaneousInformationOnProceeds().map(CooperationAct.class::cast));
  }
}
