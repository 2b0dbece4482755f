package org.treatyflow.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final SimulationReport REPORT = Simulation.run(SimulationConfig.defaults().withCases(300));

  @Test
  void thePageIsSelfContained() {
    String html = HtmlReport.render(REPORT);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<style>", "<svg", "</svg>", "</html>")
        .doesNotContain("http://", "https://", "xmlns", "<script", "src=", "href=", "url(", "@import", "<link");
  }

  @Test
  void thePageShowsTheFiguresATrainerAsksFor() {
    String html = HtmlReport.render(REPORT);
    assertThat(html)
        .contains("300 cases, seed 1")
        .contains("Time to preservation")
        .contains(SimulationReport.percent(REPORT.shareExpiredBeforeFollowUp()))
        .contains(SimulationReport.percent(REPORT.shareDissipatedBeforeFreezing()))
        .contains("Refusals by ground")
        .contains("BC 29(7)", "WC 38(2)")
        .contains(REPORT.stepsApplied() + " applied, 0 rejected");
    for (var entry : REPORT.refusalsByGround().entrySet()) {
      assertThat(html).contains("<td>" + entry.getKey().code() + "</td>");
    }
    assertThat(html.split("<svg", -1)).as("four charts").hasSize(5);
  }

  @Test
  void textIsEscaped() {
    assertThat(HtmlReport.escape("a<b & \"c\">")).isEqualTo("a&lt;b &amp; &quot;c&quot;&gt;");
  }
}
