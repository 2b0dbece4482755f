package org.treatyflow.workflow.transborder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.transborder.TransBorderAccessBasis;
import org.treatyflow.model.transborder.TransBorderAccessRecord;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;

/**
 * Austrian police record their own access to data stored abroad, in the bundled registry: the
 * Convention is in force for Austria (since 2012), the Netherlands (since 2007) and Brazil (since 1
 * March 2023), and not for Russia. Each Party counts days in its own time zone.
 */
final class TransBorderFixtures {
  static final Party AUSTRIA = Party.of("AT");
  static final Party NETHERLANDS = Party.of("NL");
  static final Party BRAZIL = Party.of("BR");
  static final Party RUSSIA = Party.of("RU");

  static final Authority AUSTRIAN_POLICE =
      Authority.of(AUSTRIA, AuthorityRole.POLICE, "Criminal Intelligence Service Austria");
  static final Authority AUSTRIAN_PROVIDER =
      Authority.of(AUSTRIA, AuthorityRole.SERVICE_PROVIDER, "Alpine Mobile GmbH");
  static final Authority DUTCH_POLICE = Authority.of(NETHERLANDS, AuthorityRole.POLICE, "Politie");

  /** The access: Tuesday 3 March 2026, 10:00 in Vienna. */
  static final Instant ACCESSED_AT = Instant.parse("2026-03-03T09:00:00Z");
  /** The day the access is recorded. */
  static final Instant RECORDING_DAY = Instant.parse("2026-03-04T09:00:00Z");

  static final Map<Party, ZoneId> ZONES =
      Map.of(
          AUSTRIA, ZoneId.of("Europe/Vienna"),
          NETHERLANDS, ZoneId.of("Europe/Amsterdam"),
          BRAZIL, ZoneId.of("America/Sao_Paulo"));

  private TransBorderFixtures() {}

  static Environment environment(SimulatedClock clock) {
    DomesticPolicy policy =
        new DomesticPolicy() {
          @Override
          public ZoneId timeZone(Party party) {
            return ZONES.getOrDefault(party, ZoneOffset.UTC);
          }
        };
    return new Environment(PartyRegistry.bundled(), clock, policy);
  }

  private static TransBorderAccessRecord.Builder base(TransBorderAccessBasis basis, Instant accessedAt) {
    return TransBorderAccessRecord.builder()
        .accessingParty(AUSTRIA)
        .accessingAuthority(AUSTRIAN_POLICE)
        .basis(basis)
        .accessedAt(accessedAt)
        .addDataAccessed(
            DataItem.builder()
                .category(DataCategory.CONTENT_DATA)
                .description("Stored e-mails of the account")
                .selector("account-Zq@mail.example")
                .build());
  }

  /** Access to data in {@code storedIn} with the account holder's consent given the day before. */
  static TransBorderAccessRecord withConsent(Optional<Party> storedIn, Instant accessedAt) {
    return base(TransBorderAccessBasis.LAWFUL_AND_VOLUNTARY_CONSENT, accessedAt)
        .storedIn(storedIn)
        .consentGiver("Zq Account Holder, holder of the account and victim")
        .consentObtainedOn(LocalDate.ofInstant(accessedAt, ZoneOffset.UTC).minusDays(1))
        .build();
  }

  /** Access to data in the Netherlands with consent. */
  static TransBorderAccessRecord withConsent() {
    return withConsent(Optional.of(NETHERLANDS), ACCESSED_AT);
  }

  /** Access with consent, but no record of who consented. */
  static TransBorderAccessRecord withoutConsentGiver() {
    return base(TransBorderAccessBasis.LAWFUL_AND_VOLUNTARY_CONSENT, ACCESSED_AT)
        .storedIn(NETHERLANDS)
        .consentObtainedOn(LocalDate.of(2026, 3, 2))
        .build();
  }

  /** Access to publicly available data whose location is unknown. */
  static TransBorderAccessRecord publiclyAvailable() {
    return base(TransBorderAccessBasis.PUBLICLY_AVAILABLE, ACCESSED_AT).build();
  }

  /** Access to publicly available data stored in {@code storedIn}. */
  static TransBorderAccessRecord publiclyAvailableIn(Party storedIn) {
    return base(TransBorderAccessBasis.PUBLICLY_AVAILABLE, ACCESSED_AT).storedIn(storedIn).build();
  }

  /** Access to publicly available data by {@code party}'s police. */
  static TransBorderAccessRecord publiclyAvailableBy(Party party) {
    return TransBorderAccessRecord.builder()
        .accessingParty(party)
        .accessingAuthority(Authority.of(party, AuthorityRole.POLICE, "Police " + party))
        .basis(TransBorderAccessBasis.PUBLICLY_AVAILABLE)
        .accessedAt(ACCESSED_AT)
        .addDataAccessed(
            DataItem.builder().category(DataCategory.CONTENT_DATA).description("A public forum post").build())
        .build();
  }

  static Command<TransBorderAccessAction> command(String id, TransBorderAccessAction action, long version, Authority actor) {
    return Command.<TransBorderAccessAction>builder().id(id).action(action).expectedVersion(version).actor(actor).build();
  }
}
