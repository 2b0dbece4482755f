package org.treatyflow.serialization.format;

import static org.treatyflow.serialization.codec.Codecs.DATE;
import static org.treatyflow.serialization.codec.Codecs.STRING;
import static org.treatyflow.serialization.codec.Codecs.enumeration;
import static org.treatyflow.serialization.format.CommonCodecs.PARTY;

import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;
import org.treatyflow.serialization.codec.ObjectCodec;

/** The codec of persons concerned by a request; everything but the role and kind is personal. */
public final class PersonCodecs {
  private PersonCodecs() {}

  public static final ObjectCodec<Person, Person.Builder> PERSON =
      ObjectCodec.of("Person", Person.class, Person.Builder::new, Person.Builder::build)
          .required("role", enumeration(PersonRole.class), Person::role, Person.Builder::role)
          .required("kind", enumeration(Person.Kind.class), Person::kind, Person.Builder::kind)
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
