package org.treatyflow.testkit;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;

/**
 * Arbitraries of persons. Names and identifiers carry the marker {@link #MARKER}, so that a test can
 * search any text (a {@code toString}, a message) for leaked personal data.
 */
public final class PersonArbitraries {
  /** Every generated name, place, address and identifier contains this marker. */
  public static final String MARKER = "Zq";

  private PersonArbitraries() {}

  /** A plausible full name containing {@link #MARKER}. */
  public static Arbitrary<String> names() {
    return Combinators.combine(
            Arbitraries.of("Ana", "Bekim", "Jelena", "Mehmet", "Ivana", "Stefan", "Elira", "Marko"),
            Arbitraries.of("Hoxha", "Petrović", "Yilmaz", "Kovač", "Popescu", "Dimitrov", "Berisha"))
        .as((first, last) -> first + " " + MARKER + last);
  }

  /** A person in {@code role}: natural persons with birth data, legal persons with a seat. */
  public static Arbitrary<Person> persons(PersonRole role) {
    Arbitrary<Person> natural =
        Combinators.combine(
                names(),
                Arbitraries.integers().between(0, 20_000),
                Arbitraries.of("Tirana", "Skopje", "Novi Sad", "Graz").map(p -> p + " " + MARKER),
                CommonArbitraries.parties(),
                Arbitraries.integers().between(1, 200),
                Arbitraries.strings().numeric().ofLength(9))
            .as(
                (name, days, place, nationality, house, passport) ->
                    Person.builder()
                        .role(role)
                        .kind(Person.Kind.NATURAL)
                        .name(name)
                        .dateOfBirth(LocalDate.of(1960, 1, 1).plusDays(days))
                        .placeOfBirth(place)
                        .nationality(nationality)
                        .address(house + " " + MARKER + " Street")
                        .addIdentifiers("P" + MARKER + passport)
                        .build());
    Arbitrary<Person> legal =
        Combinators.combine(
                Arbitraries.of("Trading", "Consulting", "Crypto Services", "Logistics")
                    .map(n -> MARKER + " " + n + " Ltd"),
                Arbitraries.strings().numeric().ofLength(8))
            .as(
                (name, registration) ->
                    Person.builder()
                        .role(role)
                        .kind(Person.Kind.LEGAL)
                        .name(name)
                        .address("1 " + MARKER + " Square")
                        .addIdentifiers("REG" + MARKER + registration)
                        .build());
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, natural), net.jqwik.api.Tuple.of(1, legal));
  }

  /** A person in any role. */
  public static Arbitrary<Person> persons() {
    return Arbitraries.of(PersonRole.class).flatMap(PersonArbitraries::persons);
  }
}
