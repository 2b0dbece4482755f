package org.treatyflow.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.transborder.TransBorderAccessBasis;
import org.treatyflow.model.transborder.TransBorderAccessRecord;

/**
 * Arbitraries of complete records of trans-border access under BC 32. Every personal field carries
 * {@link PersonArbitraries#MARKER}.
 */
public final class TransBorderArbitraries {
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  private TransBorderArbitraries() {}

  /** A complete record: publicly available data, or data accessed with consent given beforehand. */
  public static Arbitrary<TransBorderAccessRecord> transBorderAccessRecords() {
    return CommonArbitraries.partyPairs()
        .flatMap(
            pair ->
                Combinators.combine(
                        CommonArbitraries.requestIds().optional(0.5),
                        Arbitraries.oneOf(
                            CommonArbitraries.authorities(pair.get(0), AuthorityRole.POLICE),
                            CommonArbitraries.authorities(pair.get(0), AuthorityRole.PROSECUTOR)),
                        Arbitraries.of(TransBorderAccessBasis.class),
                        Arbitraries.of(true, false),
                        PersonArbitraries.names(),
                        Arbitraries.longs().between(0, 700L * 24 * 3600),
                        Arbitraries.integers().between(0, 30),
                        Arbitraries.of(DataCategory.CONTENT_DATA, DataCategory.SUBSCRIBER_INFORMATION, DataCategory.TRAFFIC_DATA)
                            .flatMap(CommonArbitraries::dataItems)
                            .map(TransBorderArbitraries::withMarkedSelector)
                            .list()
                            .ofMinSize(1)
                            .ofMaxSize(3))
                    .as(
                        (reference, authority, basis, locationKnown, name, seconds, daysBefore, data) -> {
                          Instant accessedAt = START.plusSeconds(seconds);
                          boolean consent = basis == TransBorderAccessBasis.LAWFUL_AND_VOLUNTARY_CONSENT;
                          Party storedIn = pair.get(1);
                          LocalDate accessDay = accessedAt.atOffset(ZoneOffset.UTC).toLocalDate();
                          return TransBorderAccessRecord.builder()
                              .reference(reference)
                              .accessingParty(pair.get(0))
                              .accessingAuthority(authority)
                              .storedIn(consent || locationKnown ? Optional.of(storedIn) : Optional.empty())
                              .basis(basis)
                              .consentGiver(
                                  consent
                                      ? Optional.of(name + ", holder of the account")
                                      : Optional.empty())
                              .consentObtainedOn(
                                  consent
                                      ? Optional.of(accessDay.minusDays(daysBefore))
                                      : Optional.empty())
                              .accessedAt(accessedAt)
                              .addAllDataAccessed(data)
                              .build();
                        }));
  }

  private static DataItem withMarkedSelector(DataItem item) {
    return DataItem.builder()
        .category(item.category())
        .description(item.description())
        .selector("account-" + PersonArbitraries.MARKER)
        .periodStart(item.periodStart())
        .periodEnd(item.periodEnd())
        .relationToOffence(item.relationToOffence().map(r -> r + " " + PersonArbitraries.MARKER))
        .build();
  }

  /** Any act of this family. */
  public static Arbitrary<CooperationAct> acts() {
    return transBorderAccessRecords().map(CooperationAct.class::cast);
  }
}
