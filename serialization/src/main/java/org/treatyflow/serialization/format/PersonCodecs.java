package org.treatyflow.serialization.format;

import static org.treatyflow.serialization.codec.Codecs.DATE;
import static org.treatyflow.serialization.codec.Codecs.STRING;
import static org.treatyflow.serialization.codec.Codecs.enumeration;
import static org.treatyflow.serialization.format.CommonCodecs.PARTY;

import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.ObjectCodec;

/** The codec of persons concerned by a request; everything but the role and kind is personal. */
public final class PersonCodecs {
  private PersonCodecs() {}

  /** The capacity in which a person is concerned. */
  public static final Codec<PersonRole> PERSON_ROLE = enumeration(PersonRole.class);

  /** Natural or legal person. */
  public static final Codec<Person.Kind> PERSON_KIND = enumeration(Person.Kind.class);

  /** A person concerned by a request. */
  public static final ObjectCodec<Person, Person.Builder> PERSON =
      ObjectCodec.of("Person", Person.class, Person.Builder::new, Person.Builder::build)
          .required("role", PERSON_ROLE, Person::role, Person.Builder::role)
          .required("kind", PERSON_KIND, Person::kind, Person.Builder::kind)
          .required("name", STRING, Person::name, Person.Builder::name)
          .personal()
          .optional("dateOfBirth", DATE, Person::dateOfBirth, Person.Builder::dateOfBirth)
          .personal()
          .optional("placeOfBirth", STRING, Person::placeOfBirth, Person.Builder::placeOfBirth)
          .personal()
          .optional("nationality", PARTY, Person::nationality, Person.Builder::nationality)
          .personal()
          .optional("address", STRING, Person::address, Person.Builder::address)
          .personal()
          .list("identifiers", STRING, Person::identifiers, Person.Builder::addAllIdentifiers)
          .personal()
          .build();
}
