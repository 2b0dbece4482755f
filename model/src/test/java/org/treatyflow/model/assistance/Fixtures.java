package org.treatyflow.model.assistance;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.time.LocalDate;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;

/** Hand-built building blocks for the examples of this package. */
final class Fixtures {
  static final Party AUSTRIA = Party.of("AT");
  static final Party ROMANIA = Party.of("RO");
  static final String SECRET = "Ivana Kovač";

  private Fixtures() {}

  static RequestHeader header(Channel channel, Urgency urgency, ArticleCitation... legalBasis) {
    return RequestHeader.builder()
        .id(RequestId.of("AT-BMJ-2026-0042"))
        .requestingParty(AUSTRIA)
        .requestedParty(ROMANIA)
        .requestingAuthority(
            Authority.builder()
                .party(AUSTRIA)
                .role(AuthorityRole.CENTRAL_AUTHORITY)
                .name("Federal Ministry of Justice")
                .contactDetails(SECRET + ", +43 1 0000")
                .build())
        .requestedAuthority(
            Authority.of(ROMANIA, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice"))
        .channel(channel)
        .urgency(urgency)
        .dateOfRequest(LocalDate.of(2026, 3, 2))
        .language(Language.ENGLISH)
        .addLegalBasis(legalBasis)
        .build();
  }

  static RequestHeader header(ArticleCitation... legalBasis) {
    return header(Channel.CENTRAL_AUTHORITY, Urgency.ROUTINE, legalBasis);
  }

  static Offence computerFraud() {
    return Offence.builder()
        .domesticDescription("Computer fraud")
        .domesticProvision("s. 148a StGB")
        .addBudapestOffences(BudapestOffence.values()[0])
        .build();
  }

  static Facts facts() {
    return Facts.builder()
        .summary("The suspect " + SECRET + " ran a fraudulent online shop hosted in Romania.")
        .offenceDate(LocalDate.of(2025, 11, 3))
        .offencePlace("Vienna")
        .build();
  }

  static DataItem data(DataCategory category) {
    return DataItem.builder()
        .category(category)
        .description("Data of the account used for the shop")
        .selector("shop-" + SECRET + "@mail.example")
        .periodStart(LocalDate.of(2025, 10, 1))
        .periodEnd(LocalDate.of(2025, 12, 31))
        .build();
  }

  static Person person(PersonRole role) {
    return Person.builder()
        .role(role)
        .kind(Person.Kind.NATURAL)
        .name(SECRET)
        .dateOfBirth(LocalDate.of(1990, 5, 17))
        .build();
  }

  static ArticleCitation bc(int article) {
    return BUDAPEST.cite(article);
  }
}
