package org.treatyflow.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Violation;

class ShowcaseTest {

  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Showcase(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theDraftLacksExactlyTheItemsOfBc29_2ItLeavesOut() {
    assertThat(Showcase.draft().completenessViolations())
        .extracting(v -> v.citation().toString())
        .containsExactly("BC 29(2)(b)", "BC 29(2)(c)", "BC 29(2)(d)", "BC 29(2)(e)", "BC 29(2)(f)");
    assertThat(Showcase.completed().completenessViolations()).isEmpty();
  }

  @Test
  void theShowcaseTellsTheStoryFromTheRegistryToTheGrounds() {
    String out = run();
    assertThat(out)
        .contains("Budapest Convention in force between AL and AT on 2026-03-02: true")
        .contains("Second Protocol in force between AL and AT on 2026-03-02: false")
        .contains("Austria made the BC 29(4) reservation: true")
        .contains("5 items missing")
        .contains("complete = true")
        .contains("for computer-related fraud (BC 8): B1 (BC 29(5)(a)) B2 (BC 29(5)(b))\n")
        .contains("B3 (BC 29(4))")
        .contains("v3 PRESERVE by AT: RECEIVED -> PRESERVED (BC 29(3))")
        .contains("Preserved until 2026-05-02T00:00, Vienna time")
        .contains("RECEIVE_FOLLOW_UP  allowed (BC 29(7))")
        .contains("EXPIRE             not now: The preservation period has not ended");
  }

  @Test
  void theShowcaseLogsNoPersonalData() {
    String out = run();
    assertThat(out).doesNotContain("Krasniqi").doesNotContain("88213").doesNotContain("Example Hosting GmbH");
    for (Violation v : Showcase.draft().completenessViolations()) {
      assertThat(out).contains(v.message().english());
    }
  }
}
