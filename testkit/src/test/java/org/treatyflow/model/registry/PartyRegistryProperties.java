package org.treatyflow.model.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Party;
import org.treatyflow.testkit.CommonArbitraries;
import org.treatyflow.testkit.RegistryArbitraries;

class PartyRegistryProperties {

  /** A registry, a treaty, two Parties (mostly ones with a row in it) and a date to ask about. */
  record Case(PartyRegistry registry, Instrument instrument, Party a, Party b, LocalDate date) {}

  @Property(tries = 200)
  void inForceBetweenIsSymmetric(@ForAll("cases") Case c) {
    assertThat(c.registry().isInForceBetween(c.instrument(), c.a(), c.b(), c.date()))
        .isEqualTo(c.registry().isInForceBetween(c.instrument(), c.b(), c.a(), c.date()));
  }

  @Property(tries = 200)
  void inForceBetweenNeverHoldsBeforeEitherPartysEntryIntoForce(@ForAll("cases") Case c) {
    boolean between = c.registry().isInForceBetween(c.instrument(), c.a(), c.b(), c.date());
    if (between) {
      for (Party party : List.of(c.a(), c.b())) {
        LocalDate since =
            c.registry().status(c.instrument(), party).orElseThrow().inForce().orElseThrow();
        assertThat(since).as("entry into force for %s", party).isBeforeOrEqualTo(c.date());
      }
    }
  }

  @Property(tries = 200)
  void protocolOperatesOnlyWhereTheConventionBindsBothParties(@ForAll("cases") Case c) {
    if (c.registry().isInForceBetween(Instrument.SECOND_PROTOCOL, c.a(), c.b(), c.date())) {
      assertThat(c.registry().isInForceBetween(Instrument.BUDAPEST, c.a(), c.b(), c.date()))
          .isTrue();
      assertThat(c.registry().isInForce(Instrument.SECOND_PROTOCOL, c.a(), c.date())).isTrue();
    }
  }

  @Property(tries = 200)
  void hasMadeAgreesWithTheStatusRows(
      @ForAll("registries") PartyRegistry registry,
      @ForAll("parties") Party party,
      @ForAll ReservationCode code) {
    boolean inRows =
        registry.statuses().stream()
            .anyMatch(
                s ->
                    s.party().equals(party)
                        && s.instrument() == code.instrument()
                        && (s.reservations().contains(code) || s.declarations().contains(code)));
    assertThat(registry.hasMade(party, code)).isEqualTo(inRows);
  }

  @Property(tries = 200)
  void partiesAreThoseWithARow(
      @ForAll("registries") PartyRegistry registry, @ForAll Instrument instrument) {
    Set<Party> withRow =
        registry.statuses().stream()
            .filter(s -> s.instrument() == instrument)
            .map(PartyStatus::party)
            .collect(Collectors.toSet());
    assertThat(registry.parties(instrument)).containsExactlyInAnyOrderElementsOf(withRow);
  }

  @Property(tries = 200)
  void registriesWhereAPartyHasMadeACodeAnswerTrueAndOtherwiseFalse(
      @ForAll("parties") Party party, @ForAll ReservationCode code, @ForAll boolean made) {
    PartyRegistry registry =
        RegistryArbitraries.registriesWhere(party, code, made).sample();
    assertThat(registry.hasMade(party, code)).isEqualTo(made);
    LocalDate since =
        registry.status(code.instrument(), party).orElseThrow().inForce().orElseThrow();
    assertThat(registry.isInForce(code.instrument(), party, since)).isTrue();
    assertThat(registry.isInForce(code.instrument(), party, since.minusDays(1))).isFalse();
  }

  @Provide
  Arbitrary<PartyRegistry> registries() {
    return RegistryArbitraries.registries();
  }

  @Provide
  Arbitrary<Party> parties() {
    // Mostly Parties the generator uses, sometimes one it never gives a row (Korea, Brazil).
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, CommonArbitraries.parties()),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("KR", "BR").map(Party::of)));
  }

  @Provide
  Arbitrary<Case> cases() {
    return RegistryArbitraries.registries()
        .flatMap(
            registry ->
                Combinators.combine(
                        Arbitraries.of(Instrument.class),
                        partiesOf(registry),
                        partiesOf(registry),
                        RegistryArbitraries.dates())
                    .as((instrument, a, b, date) -> new Case(registry, instrument, a, b, date)));
  }

  private Arbitrary<Party> partiesOf(PartyRegistry registry) {
    if (registry.statuses().isEmpty()) {
      return parties();
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            4, Arbitraries.of(registry.statuses()).map(PartyStatus::party)),
        net.jqwik.api.Tuple.of(1, parties()));
  }
}
