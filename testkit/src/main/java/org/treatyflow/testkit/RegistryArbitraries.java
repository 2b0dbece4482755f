package org.treatyflow.testkit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.registry.OperativeStatus;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.registry.PartyStatus;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.registry.ReservationKind;

/**
 * Arbitrary party registries: random Parties with ordered signature, ratification and
 * entry-into-force dates (or none), random reservations and declarations of the row's treaty, and
 * a random operative status. Rules that depend on a reservation can be exercised both ways with
 * {@link #registriesWhere(Party, ReservationCode, boolean)}.
 */
public final class RegistryArbitraries {
  private static final LocalDate EARLIEST_IN_FORCE = LocalDate.of(2004, 7, 1);
  private static final int IN_FORCE_SPAN_DAYS = 27 * 365;

  private RegistryArbitraries() {}

  /** A date between 2000 and 2035, to ask a registry about. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 36 * 365)
        .map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
  }

  /** The codes of {@code instrument} of the reservation kind (or of the other kinds). */
  public static Set<ReservationCode> codes(Instrument instrument, boolean reservations) {
    return Arrays.stream(ReservationCode.values())
        .filter(c -> c.instrument() == instrument)
        .filter(c -> (c.kind() == ReservationKind.RESERVATION) == reservations)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReservationCode.class)));
  }

  /** A row under {@code instrument} of a Party among {@link CommonArbitraries#PARTY_CODES}. */
  public static Arbitrary<PartyStatus> statuses(Instrument instrument) {
    return statuses(
        instrument, CommonArbitraries.parties(), false, UnaryOperator.identity(), UnaryOperator.identity());
  }

  /**
   * A registry with up to a dozen rows under each treaty, at most one per Party and treaty, dated
   * between 2020 and 2030.
   */
  public static Arbitrary<PartyRegistry> registries() {
    Arbitrary<LocalDate> asOf =
        Arbitraries.integers().between(0, 11 * 365).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    return Combinators.combine(
            asOf,
            rows(Instrument.BUDAPEST),
            rows(Instrument.SECOND_PROTOCOL),
            rows(Instrument.WARSAW))
        .as(
            (date, bc, ap, wc) ->
                PartyRegistry.builder()
                    .asOf(date)
                    .addSources("Generated test registry")
                    .addAllStatuses(bc)
                    .addAllStatuses(ap)
                    .addAllStatuses(wc)
                    .build());
  }

  /**
   * A registry in which {@code party} has a row, in force from some date, under the instrument of
   * {@code code}, and has made {@code code} if {@code made} is true and has not made it otherwise;
   * the other rows are random. For a Second Protocol code the Party also has a Budapest row in
   * force.
   */
  public static Arbitrary<PartyRegistry> registriesWhere(
      Party party, ReservationCode code, boolean made) {
    boolean reservation = code.kind() == ReservationKind.RESERVATION;
    UnaryOperator<Set<ReservationCode>> adjust =
        codes -> {
          Set<ReservationCode> adjusted = EnumSet.noneOf(ReservationCode.class);
          adjusted.addAll(codes);
          if (made) {
            adjusted.add(code);
          } else {
            adjusted.remove(code);
          }
          return adjusted;
        };
    Arbitrary<PartyStatus> forced =
        statuses(
            code.instrument(),
            Arbitraries.just(party),
            true,
            reservation ? adjust : UnaryOperator.identity(),
            reservation ? UnaryOperator.identity() : adjust);
    Arbitrary<Optional<PartyStatus>> budapest =
        code.instrument() == Instrument.SECOND_PROTOCOL
            ? statuses(
                    Instrument.BUDAPEST,
                    Arbitraries.just(party),
                    true,
                    UnaryOperator.identity(),
                    UnaryOperator.identity())
                .map(Optional::of)
            : Arbitraries.just(Optional.empty());
    return Combinators.combine(registries(), forced, budapest)
        .as(
            (random, row, bc) -> {
              PartyRegistry.Builder builder =
                  PartyRegistry.builder().asOf(random.asOf()).addAllSources(random.sources());
              for (PartyStatus status : random.statuses()) {
                boolean replaced =
                    status.party().equals(party)
                        && (status.instrument() == row.instrument()
                            || bc.map(b -> b.instrument() == status.instrument()).orElse(false));
                if (!replaced) {
                  builder.addStatuses(status);
                }
              }
              builder.addStatuses(row);
              bc.ifPresent(builder::addStatuses);
              return builder.build();
            });
  }

  private static Arbitrary<List<PartyStatus>> rows(Instrument instrument) {
    return statuses(instrument).list().ofMaxSize(12).uniqueElements(PartyStatus::party);
  }

  private static Arbitrary<PartyStatus> statuses(
      Instrument instrument,
      Arbitrary<Party> parties,
      boolean alwaysInForce,
      UnaryOperator<Set<ReservationCode>> adjustReservations,
      UnaryOperator<Set<ReservationCode>> adjustDeclarations) {
    Arbitrary<List<Optional<LocalDate>>> dates =
        Combinators.combine(
                Arbitraries.integers().between(0, IN_FORCE_SPAN_DAYS),
                Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 3000),
                alwaysInForce ? Arbitraries.just(true) : Arbitraries.of(true, true, true, false),
                Arbitraries.of(true, true, false),
                Arbitraries.of(true, false))
            .as(
                (inForceDay, ratifiedGap, signedGap, inForce, ratified, signed) -> {
                  LocalDate entry = EARLIEST_IN_FORCE.plusDays(inForceDay);
                  LocalDate ratification = entry.minusDays(ratifiedGap);
                  LocalDate signature = ratification.minusDays(signedGap);
                  return List.of(
                      signed ? Optional.of(signature) : Optional.<LocalDate>empty(),
                      ratified ? Optional.of(ratification) : Optional.<LocalDate>empty(),
                      inForce ? Optional.of(entry) : Optional.<LocalDate>empty());
                });
    Arbitrary<Set<ReservationCode>> reservations =
        subsets(codes(instrument, true)).map(adjustReservations);
    Arbitrary<Set<ReservationCode>> declarations =
        subsets(codes(instrument, false)).map(adjustDeclarations);
    Arbitrary<OperativeStatus> operativeStatuses =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(9, Arbitraries.just(OperativeStatus.ACTIVE)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(OperativeStatus.RIGHTS_RESTRICTED)));
    return Combinators.combine(
            parties,
            dates,
            Arbitraries.of(true, false),
            reservations,
            declarations,
            Arbitraries.of(true, false),
            operativeStatuses)
        .as(
            (party, d, computed, res, decl, verified, operative) ->
                PartyStatus.builder()
                    .party(party)
                    .name(stateName(party))
                    .instrument(instrument)
                    .signed(d.get(0))
                    .ratified(d.get(1))
                    .inForce(d.get(2))
                    .inForceComputed(computed && d.get(2).isPresent())
                    .addAllReservations(res)
                    .addAllDeclarations(decl)
                    .verified(verified)
                    .operativeStatus(operative)
                    .note(verified ? "" : "Generated row; dates not re-read.")
                    .build());
  }

  private static Arbitrary<Set<ReservationCode>> subsets(Set<ReservationCode> codes) {
    if (codes.isEmpty()) {
      return Arbitraries.just(Set.of());
    }
    return Arbitraries.of(List.copyOf(codes)).set().ofMaxSize(Math.min(3, codes.size()));
  }

  private static String stateName(Party party) {
    String name = new Locale("", party.code()).getDisplayCountry(Locale.ENGLISH);
    return name.isBlank() ? party.code() : name;
  }
}
