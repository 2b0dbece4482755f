package org.treatyflow.workflow.spontaneous;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.treatyflow.model.asset.OtherAsset;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.spontaneous.SpontaneousInformation;
import org.treatyflow.model.spontaneous.SpontaneousInformationOnProceeds;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;

/**
 * Albania passes to Romania what its own investigations found; both are Parties to the Budapest
 * Convention (since 2004) and to the Warsaw Convention (since 2008-05-01) in the bundled registry.
 */
final class SpontaneousFixtures {
  static final Party ALBANIA = Party.of("AL");
  static final Party ROMANIA = Party.of("RO");
  static final Authority ALBANIAN_PROSECUTOR =
      Authority.of(ALBANIA, AuthorityRole.PROSECUTOR, "General Prosecution Office");
  static final Authority ROMANIAN_CENTRAL_AUTHORITY =
      Authority.of(ROMANIA, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice");
  static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

  private SpontaneousFixtures() {}

  static Offence illegalAccess() {
    return Offence.builder()
        .domesticDescription("Unauthorised access to a computer system")
        .addBudapestOffences(BudapestOffence.BC2_ILLEGAL_ACCESS)
        .build();
  }

  /** The Parties, authorities and date of BC 26 information; the content is left to the caller. */
  static SpontaneousInformation.Builder budapestBase(Party to, Authority receiving) {
    SpontaneousInformation.Builder builder = SpontaneousInformation.builder();
    builder
        .reference(RequestId.of("AL-SI-2026-0007"))
        .providingParty(ALBANIA)
        .providingAuthority(ALBANIAN_PROSECUTOR)
        .receivingParty(to)
        .receivingAuthority(receiving)
        .sentOn(LocalDate.of(2026, 3, 2));
    return builder;
  }

  /** Complete BC 26 information from Albania to Romania, with what the sender attaches. */
  static SpontaneousInformation budapest(boolean confidential, Set<UseCondition> conditions) {
    return budapestBase(ROMANIA, ROMANIAN_CENTRAL_AUTHORITY)
        .informationSummary("A botnet controlled from servers in Romania attacked Albanian banks.")
        .addOffences(illegalAccess())
        .confidentialityRequested(confidential)
        .addAllConditions(conditions)
        .build();
  }

  /** The Parties, authorities and date of WC 20 information; the content is left to the caller. */
  static SpontaneousInformationOnProceeds.Builder warsawBase(Party to, Authority receiving) {
    SpontaneousInformationOnProceeds.Builder builder = SpontaneousInformationOnProceeds.builder();
    builder
        .reference(RequestId.of("AL-SI-2026-0008"))
        .providingParty(ALBANIA)
        .providingAuthority(ALBANIAN_PROSECUTOR)
        .receivingParty(to)
        .receivingAuthority(receiving)
        .sentOn(LocalDate.of(2026, 3, 2));
    return builder;
  }

  /** Complete WC 20 information from Albania to Romania, with what the sender attaches. */
  static SpontaneousInformationOnProceeds warsaw(boolean confidential, Set<UseCondition> conditions) {
    return warsawBase(ROMANIA, ROMANIAN_CENTRAL_AUTHORITY)
        .informationSummary("Proceeds of fraud were used to buy property on the Romanian coast.")
        .addInstrumentalitiesAndProceeds(OtherAsset.builder().description("A holiday flat in Constanța").build())
        .confidentialityRequested(confidential)
        .addAllConditions(conditions)
        .build();
  }

  static Environment environment(SimulatedClock clock) {
    return new Environment(PartyRegistry.bundled(), clock, DomesticPolicy.DEFAULTS);
  }

  static Command<SpontaneousAction> command(String id, SpontaneousAction action, long version, Authority actor) {
    return Command.<SpontaneousAction>builder().id(id).action(action).expectedVersion(version).actor(actor).build();
  }
}
