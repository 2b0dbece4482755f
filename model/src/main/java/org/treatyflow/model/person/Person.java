package org.treatyflow.model.person;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.PersonalData;

/**
 * A natural or legal person concerned by a request.
 *
 * <p>Legal basis: WC 37(1)(e)(i): where necessary and as far as possible, the name, date and place
 * of birth, nationality and location of the person, and for a legal person its seat. All of these
 * are personal data: {@code toString} shows only the role and the kind of person.
 */
@Value.Immutable
public interface Person {
  /** Natural person or legal person (a company, an association). */
  enum Kind {
    NATURAL,
    LEGAL
  }

  /** The capacity in which the person is concerned. */
  PersonRole role();

  /** Natural or legal person. */
  Kind kind();

  /** The full name, or the company name. Personal data. */
  @PersonalData
  @Value.Redacted
  String name();

  /** Date of birth of a natural person. Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<LocalDate> dateOfBirth();

  /** Place of birth of a natural person. Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> placeOfBirth();

  /** Nationality of a natural person. Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<Party> nationality();

  /** Where the person lives or can be found, or the seat of a legal person. Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> address();

  /** Identifiers: passport or ID numbers, company registration numbers, tax numbers. Personal data. */
  @PersonalData
  @Value.Redacted
  List<String> identifiers();

  @Value.Check
  default void check() {
    checkArgument(!name().isBlank(), "Person.name must not be blank (%s %s)", kind(), role());
    checkArgument(
        kind() == Kind.NATURAL || (dateOfBirth().isEmpty() && placeOfBirth().isEmpty()),
        "Person: a legal person has no date or place of birth (%s)",
        role());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a person. */
  final class Builder extends ImmutablePerson.Builder {}
}
