package org.treatyflow.workflow.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.treatyflow.model.assistance.JointInvestigationTeamAgreement;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestId;

/**
 * Agreements on joint investigation teams between Parties of the video conference fixtures' test
 * registry (the Protocol in force from 1 October 2026 for Austria, Hungary, Costa Rica and Japan;
 * Germany bound by the Convention only): each Party's public prosecutor concludes it. The team is
 * to work from Monday 12 October 2026 to Monday 12 April 2027.
 */
final class JointInvestigationTeamFixtures {
  static final RequestId REFERENCE = RequestId.of("JIT-AT-HU-2026-01");
  static final LocalDate START_DATE = LocalDate.of(2026, 10, 12);
  static final LocalDate END_DATE = LocalDate.of(2027, 4, 12);
  /** The day the agreement is signed: Monday 5 October 2026, 10:00 in Vienna. */
  static final Instant SIGNING_DAY = Instant.parse("2026-10-05T08:00:00Z");
  /** The start date, 10:00 in Vienna and Budapest. */
  static final Instant START_DAY = Instant.parse("2026-10-12T08:00:00Z");
  /** Two days after the end date. */
  static final Instant AFTER_END = Instant.parse("2027-04-14T08:00:00Z");

  private JointInvestigationTeamFixtures() {}

  static Authority prosecutor(Party party) {
    return Authority.of(party, AuthorityRole.PROSECUTOR, "Public Prosecutor's Office " + party);
  }

  private static JointInvestigationTeamAgreement.Builder base(List<Party> parties) {
    JointInvestigationTeamAgreement.Builder b =
        JointInvestigationTeamAgreement.builder()
            .reference(REFERENCE)
            .addAllParties(parties)
            .purpose("Investigate the fraudulent online shops run by Zq Suspect Example")
            .startDate(START_DATE);
    for (Party party : parties) {
      b.addCompetentAuthorities(prosecutor(party));
    }
    return b;
  }

  /** A complete agreement between {@code parties}. */
  static JointInvestigationTeamAgreement agreement(Party... parties) {
    return base(List.of(parties))
        .endDate(END_DATE)
        .informationUseTerms("Only for the investigation; other uses with the supplying Party's consent")
        .build();
  }

  /** An agreement between {@code parties} that sets no terms for the use of information. */
  static JointInvestigationTeamAgreement withoutUseTerms(Party... parties) {
    return base(List.of(parties)).endDate(END_DATE).build();
  }
}
