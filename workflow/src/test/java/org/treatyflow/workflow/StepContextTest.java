package org.treatyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.registry.PartyRegistry;

class StepContextTest {
  private static final CooperationAct ACT =
      new CooperationAct() {
        @Override
        public RequestFamily family() {
          return RequestFamily.EXPEDITED_PRESERVATION;
        }

        @Override
        public List<Violation> completenessViolations() {
          return List.of();
        }
      };

  private static StepContext<CooperationAct> context(Instant now, ZoneId zone) {
    return context(now, zone, null);
  }

  private static StepContext<CooperationAct> context(Instant now, ZoneId zone, Command<?> command) {
    DomesticPolicy policy =
        new DomesticPolicy() {
          @Override
          public ZoneId timeZone(Party party) {
            return zone;
          }
        };
    Environment environment =
        new Environment(PartyRegistry.bundled(), Clock.fixed(now, ZoneOffset.UTC), policy);
    CaseFile<CooperationAct, Status, Action> caseFile = ImmutableCaseFile.of(ACT, Status.OPEN, 0, List.of());
    return new StepContext<>(caseFile, command, environment, now);
  }

  enum Status { OPEN }

  enum Action { ACT }

  @Test
  void todayIsTheDateOfTheInstantInThePartysZoneAsLocalDateComputesIt() {
    List<Instant> instants =
        List.of(
            Instant.parse("2026-03-16T10:00:00Z"),
            Instant.parse("2026-03-16T23:59:59Z"),
            Instant.parse("2026-03-16T00:00:00Z"),
            Instant.parse("2026-12-31T22:30:00Z"),
            Instant.parse("1969-12-31T23:00:00Z"),
            Instant.parse("1900-01-01T00:00:00.5Z"),
            Instant.ofEpochSecond(-1));
    List<ZoneId> zones =
        List.of(
            ZoneOffset.UTC,
            ZoneOffset.ofHours(14),
            ZoneOffset.ofHoursMinutes(-9, -30),
            ZoneOffset.ofHours(-12),
            ZoneId.of("Europe/Tirane"),
            ZoneId.of("America/St_Johns"),
            ZoneId.of("UTC"));
    Party albania = Party.of("AL");
    for (Instant now : instants) {
      for (ZoneId zone : zones) {
        assertThat(context(now, zone).today(albania))
            .as("%s in %s", now, zone)
            .isEqualTo(LocalDate.ofInstant(now, zone));
      }
    }
  }

  @Test
  void aContextWithoutACommandHasAnEmptyOneAndAContextWithOneHasIt() {
    StepContext<CooperationAct> explaining = context(Instant.EPOCH, ZoneOffset.UTC);
    assertThat(explaining.command()).isEmpty();
    assertThat(explaining.commandOrNull()).isNull();
    Command<Action> command =
        Command.<Action>builder()
            .id("c-1")
            .action(Action.ACT)
            .expectedVersion(0)
            .actor(Authority.of(Party.of("AL"), AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice"))
            .build();
    StepContext<CooperationAct> applying = context(Instant.EPOCH, ZoneOffset.UTC, command);
    assertThat(applying.command()).containsSame(command);
    assertThat(applying.command()).as("the same view on every call").isSameAs(applying.command());
    assertThat(applying.commandOrNull()).isSameAs(command);
  }
}
