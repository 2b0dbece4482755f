package org.treatyflow.model.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.model.registry.ReservationCode.AP2_7_9_A_NOT_APPLY_ART7;
import static org.treatyflow.model.registry.ReservationCode.BC_29_4_DUAL_CRIMINALITY_PRESERVATION;
import static org.treatyflow.model.registry.ReservationCode.BC_DESIGNATIONS;
import static org.treatyflow.model.registry.ReservationCode.WC_24_3_FACT_FINDINGS_CONSTITUTIONAL;
import static org.treatyflow.model.registry.ReservationCode.WC_31_2_POSTAL_SERVICE;
import static org.treatyflow.model.registry.ReservationCode.WC_33_2_CENTRAL_AUTHORITY;
import static org.treatyflow.model.registry.ReservationCode.WC_3_2_CONFISCATION_SCOPE;
import static org.treatyflow.model.registry.ReservationCode.WC_9_4_PREDICATE_SCOPE;

import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Party;

class PartyRegistryTest {
  private static final Party AT = Party.of("AT");
  private static final Party CZ = Party.of("CZ");
  private static final Party DE = Party.of("DE");
  private static final Party JP = Party.of("JP");
  private static final Party LV = Party.of("LV");
  private static final Party NL = Party.of("NL");
  private static final Party RU = Party.of("RU");
  private static final Party KR = Party.of("KR");
  private static final Party HU = Party.of("HU");
  private static final Party CR = Party.of("CR");
  private static final Party RS = Party.of("RS");

  private final PartyRegistry registry = PartyRegistry.bundled();

  @Test
  void bundledSnapshotIsDatedAndNamesItsSources() {
    assertThat(registry.asOf()).isEqualTo(LocalDate.of(2026, 4, 25));
    assertThat(registry.sources()).hasSize(12);
    assertThat(registry.parties(BUDAPEST)).hasSize(81);
    assertThat(registry.parties(SECOND_PROTOCOL)).containsExactly(CR, HU, JP, RS);
    assertThat(registry.parties(WARSAW)).hasSize(38);
    assertThat(registry.statuses()).hasSize(81 + 4 + 38);
  }

  @Test
  void bundledRegistryIsReadOnce() {
    assertThat(PartyRegistry.bundled()).isSameAs(registry);
  }

  @Test
  void austriaIsBoundByTheBudapestConventionSinceFirstOctober2012WithTheArticle29_4Reservation() {
    PartyStatus austria = registry.status(BUDAPEST, AT).orElseThrow();
    assertThat(austria.name()).isEqualTo("Austria");
    assertThat(austria.signed()).contains(LocalDate.of(2001, 11, 23));
    assertThat(austria.ratified()).contains(LocalDate.of(2012, 6, 13));
    assertThat(austria.inForce()).contains(LocalDate.of(2012, 10, 1));
    assertThat(austria.inForceComputed()).isFalse();
    assertThat(austria.verified()).isTrue();
    assertThat(austria.reservations()).containsExactly(BC_29_4_DUAL_CRIMINALITY_PRESERVATION);
    assertThat(austria.declarations()).containsExactly(BC_DESIGNATIONS);
    assertThat(austria.operativeStatus()).isEqualTo(OperativeStatus.ACTIVE);
    assertThat(austria.isInForceOn(LocalDate.of(2012, 10, 1))).isTrue();
    assertThat(austria.isInForceOn(LocalDate.of(2012, 9, 30))).isFalse();
  }

  @Test
  void budapestConventionIsInForceBetweenAustriaAndGermanyOnlyFromAustriasEntryIntoForce() {
    assertThat(registry.isInForceBetween(BUDAPEST, AT, DE, LocalDate.of(2026, 1, 15))).isTrue();
    assertThat(registry.isInForceBetween(BUDAPEST, DE, AT, LocalDate.of(2026, 1, 15))).isTrue();
    assertThat(registry.isInForceBetween(BUDAPEST, AT, DE, LocalDate.of(2012, 10, 1))).isTrue();
    // Germany is bound since 2009-07-01, Austria only since 2012-10-01.
    assertThat(registry.isInForce(BUDAPEST, DE, LocalDate.of(2012, 9, 30))).isTrue();
    assertThat(registry.isInForceBetween(BUDAPEST, AT, DE, LocalDate.of(2012, 9, 30))).isFalse();
    assertThat(registry.isInForceBetween(BUDAPEST, DE, AT, LocalDate.of(2012, 9, 30))).isFalse();
  }

  @Test
  void secondProtocolIsInForceNowhereAtTheSnapshotDate() {
    for (Party party : registry.parties(SECOND_PROTOCOL)) {
      PartyStatus status = registry.status(SECOND_PROTOCOL, party).orElseThrow();
      assertThat(status.inForce()).as("2AP inForce of %s", party).isEmpty();
      assertThat(registry.isInForce(SECOND_PROTOCOL, party, registry.asOf())).isFalse();
    }
    assertThat(registry.isInForceBetween(SECOND_PROTOCOL, JP, HU, registry.asOf())).isFalse();
    assertThat(registry.isInForceBetween(SECOND_PROTOCOL, JP, HU, LocalDate.of(2099, 1, 1)))
        .isFalse();
  }

  @Test
  void unknownPartyAnswersFalseOrEmptyAndNeverThrows() {
    // The Republic of Korea is only invited to accede to the Budapest Convention.
    assertThat(registry.status(BUDAPEST, KR)).isEmpty();
    assertThat(registry.isInForce(BUDAPEST, KR, registry.asOf())).isFalse();
    assertThat(registry.isInForceBetween(BUDAPEST, AT, KR, registry.asOf())).isFalse();
    assertThat(registry.isInForceBetween(BUDAPEST, KR, AT, registry.asOf())).isFalse();
    assertThat(registry.hasMade(KR, BC_29_4_DUAL_CRIMINALITY_PRESERVATION)).isFalse();
    assertThat(registry.verified(BUDAPEST, KR)).isFalse();
    assertThat(registry.operativeStatus(BUDAPEST, KR)).isEmpty();
    // Never a Party to the Budapest Convention.
    assertThat(registry.isInForce(BUDAPEST, RU, registry.asOf())).isFalse();
  }

  @Test
  void reservationQueriesAnswerBothWays() {
    assertThat(registry.hasMade(AT, BC_29_4_DUAL_CRIMINALITY_PRESERVATION)).isTrue();
    // The Czech reservation under BC 29(4) was withdrawn on 2019-07-05.
    assertThat(registry.hasMade(CZ, BC_29_4_DUAL_CRIMINALITY_PRESERVATION)).isFalse();
    assertThat(registry.hasMade(DE, BC_29_4_DUAL_CRIMINALITY_PRESERVATION)).isFalse();
    assertThat(registry.hasMade(CZ, BC_DESIGNATIONS)).isTrue();

    assertThat(registry.hasMade(JP, AP2_7_9_A_NOT_APPLY_ART7)).isTrue();
    assertThat(registry.hasMade(HU, AP2_7_9_A_NOT_APPLY_ART7)).isFalse();
    // Austria made reservations under the Convention, not under the Protocol it has not ratified.
    assertThat(registry.hasMade(AT, AP2_7_9_A_NOT_APPLY_ART7)).isFalse();
  }

  @Test
  void latviaAndTheNetherlandsHaveTheirWarsawDeclarations() {
    assertThat(registry.status(WARSAW, LV).orElseThrow().declarations())
        .containsExactlyInAnyOrder(
            WC_24_3_FACT_FINDINGS_CONSTITUTIONAL, WC_31_2_POSTAL_SERVICE, WC_33_2_CENTRAL_AUTHORITY);
    assertThat(registry.hasMade(LV, WC_24_3_FACT_FINDINGS_CONSTITUTIONAL)).isTrue();
    assertThat(registry.hasMade(LV, WC_3_2_CONFISCATION_SCOPE)).isFalse();

    assertThat(registry.hasMade(NL, WC_3_2_CONFISCATION_SCOPE)).isTrue();
    assertThat(registry.hasMade(NL, WC_9_4_PREDICATE_SCOPE)).isTrue();
    assertThat(registry.hasMade(NL, WC_24_3_FACT_FINDINGS_CONSTITUTIONAL)).isFalse();
    assertThat(registry.verified(WARSAW, NL)).isTrue();
    assertThat(registry.verified(WARSAW, LV)).isFalse();
    assertThat(registry.isInForce(WARSAW, NL, LocalDate.of(2008, 12, 1))).isTrue();
    assertThat(registry.isInForce(WARSAW, NL, LocalDate.of(2008, 11, 30))).isFalse();
  }

  @Test
  void russiaIsAWarsawPartyWithRestrictedRightsAndOnlyThere() {
    assertThat(registry.isInForce(WARSAW, RU, LocalDate.of(2018, 1, 1))).isTrue();
    assertThat(registry.isInForce(WARSAW, RU, LocalDate.of(2017, 12, 31))).isFalse();
    assertThat(registry.operativeStatus(WARSAW, RU)).contains(OperativeStatus.RIGHTS_RESTRICTED);
    // The flag does not change whether the Convention is in force.
    assertThat(registry.isInForceBetween(WARSAW, RU, Party.of("AT"), registry.asOf())).isTrue();
    assertThat(registry.statuses(WARSAW).stream()
            .filter(s -> s.operativeStatus() == OperativeStatus.RIGHTS_RESTRICTED)
            .map(PartyStatus::party))
        .containsExactly(RU);
    assertThat(registry.statuses(BUDAPEST))
        .allMatch(s -> s.operativeStatus() == OperativeStatus.ACTIVE);
  }

  @Test
  void unverifiedSerbianProtocolRowHasNoRatificationDate() {
    PartyStatus serbia = registry.status(SECOND_PROTOCOL, RS).orElseThrow();
    assertThat(serbia.verified()).isFalse();
    assertThat(serbia.ratified()).isEmpty();
    assertThat(registry.verified(SECOND_PROTOCOL, RS)).isFalse();
    assertThat(registry.verified(SECOND_PROTOCOL, JP)).isTrue();
  }

  @Test
  void protocolOperatesBetweenPartiesOfTheTestFileOnlyWhereTheConventionBindsBoth()
      throws Exception {
    PartyRegistry future;
    try (InputStream in = getClass().getResourceAsStream("in-force-2ap.json")) {
      future = PartyRegistry.read(in);
    }
    LocalDate before = LocalDate.of(2026, 9, 30);
    LocalDate from = LocalDate.of(2026, 10, 1);
    assertThat(future.asOf()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(future.parties(SECOND_PROTOCOL)).containsExactly(AT, CR, HU, JP, RS);
    assertThat(future.isInForceBetween(SECOND_PROTOCOL, AT, JP, from)).isTrue();
    assertThat(future.isInForceBetween(SECOND_PROTOCOL, HU, CR, from)).isTrue();
    assertThat(future.isInForceBetween(SECOND_PROTOCOL, AT, JP, before)).isFalse();
    // Serbia has a Protocol row but no Convention row in the test file.
    assertThat(future.isInForce(SECOND_PROTOCOL, RS, from)).isTrue();
    assertThat(future.isInForceBetween(SECOND_PROTOCOL, RS, AT, from)).isFalse();
    assertThat(future.isInForceBetween(SECOND_PROTOCOL, AT, RS, from)).isFalse();
    // Germany is bound by the Convention, not by the Protocol.
    assertThat(future.isInForceBetween(SECOND_PROTOCOL, AT, DE, from)).isFalse();
    assertThat(future.hasMade(JP, AP2_7_9_A_NOT_APPLY_ART7)).isTrue();
    assertThat(future.hasMade(AT, AP2_7_9_A_NOT_APPLY_ART7)).isFalse();
  }

  @Test
  void registryBuiltByHandRejectsTwoRowsForTheSamePartyAndTreaty() {
    PartyStatus row = row(AT, BUDAPEST);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PartyRegistry.builder()
                    .asOf(LocalDate.of(2026, 1, 1))
                    .addStatuses(row, row)
                    .build())
        .withMessageContaining("PartyRegistry.statuses")
        .withMessageContaining("AT");
  }

  @Test
  void statusRejectsACodeOfAnotherTreatyOrKind() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                baseRow(AT, WARSAW).addReservations(BC_29_4_DUAL_CRIMINALITY_PRESERVATION).build())
        .withMessageContaining("PartyStatus.reservations");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                baseRow(AT, BUDAPEST).addDeclarations(BC_29_4_DUAL_CRIMINALITY_PRESERVATION).build())
        .withMessageContaining("PartyStatus.declarations");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                baseRow(AT, BUDAPEST)
                    .ratified(LocalDate.of(2012, 6, 13))
                    .inForce(LocalDate.of(2012, 1, 1))
                    .build())
        .withMessageContaining("PartyStatus.inForce");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> unnamedRow(AT, BUDAPEST).name(" ").build())
        .withMessageContaining("PartyStatus.name");
  }

  private static PartyStatus row(Party party, Instrument instrument) {
    return baseRow(party, instrument).build();
  }

  private static PartyStatus.Builder baseRow(Party party, Instrument instrument) {
    return unnamedRow(party, instrument).name("Austria");
  }

  private static PartyStatus.Builder unnamedRow(Party party, Instrument instrument) {
    return PartyStatus.builder()
        .party(party)
        .instrument(instrument)
        .inForceComputed(false)
        .verified(false)
        .note("");
  }
}
