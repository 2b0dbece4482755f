package org.treatyflow.examples.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatyflow.model.refusal.GroundForRefusal;

/**
 * One self-contained HTML page of a simulation report, for a trainer to project: key figures,
 * charts drawn as inline SVG, and tables, with the style inline. It loads nothing: no script, no
 * font, no image, no address of any kind.
 */
public final class HtmlReport {
  private static final int CHART_WIDTH = 720;

  private HtmlReport() {}

  /** The page for {@code report}, as UTF-8 text; never null. */
  public static String render(SimulationReport report) {
    checkNotNull(report, "report");
    SimulationConfig config = report.config();
    StringBuilder h = new StringBuilder(32_768);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>treatyflow simulation: ").append(config.cases()).append(" cases, seed ")
        .append(config.seed()).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<h1>Cross-border cases: a simulation</h1>\n<p class=\"sub\">")
        .append(config.cases()).append(" cases, seed ").append(config.seed())
        .append(", financial investigation ")
        .append(config.financialInvestigation() == FinancialInvestigation.PARALLEL
            ? "started in parallel with the cyber investigation"
            : "started only after the cyber investigation")
        .append(". Every step went through the treatyflow workflows: ")
        .append(report.stepsApplied()).append(" applied, ").append(report.stepsRejected())
        .append(" rejected.</p>\n");

    h.append("<div class=\"cards\">\n");
    card(h, "Time to preservation (median)", SimulationReport.days(report.timeToPreservationMedianDays()) + " days",
        "90th percentile " + SimulationReport.days(report.timeToPreservationP90Days()) + " days");
    card(h, "Preservations expired before the follow-up", SimulationReport.percent(report.shareExpiredBeforeFollowUp()),
        report.preservationsExpired() + " of " + report.preservationsExecuted() + " (BC 29(7))");
    card(h, "Proceeds dissipated before freezing", SimulationReport.percent(report.shareDissipatedBeforeFreezing()),
        euros(report.dissipatedEur()) + " of " + euros(report.proceedsEur()));
    card(h, "Confiscated", euros(report.confiscatedEur()),
        "returned " + euros(report.returnedEur()) + ", shared " + euros(report.sharedEur()));
    h.append("</div>\n");

    h.append("<h2>Time to preservation (BC 29)</h2>\n<p>Days from sending the preservation request through the"
        + " 24/7 network to the data being preserved, for the ")
        .append(report.preservationsExecuted()).append(" preservations executed.</p>\n");
    histogram(h, report.timeToPreservation(), "days");

    h.append("<h2>Where the proceeds went</h2>\n<p>Euros, all cases together. The suspects move part of what is"
        + " not yet frozen at random times; freezing (WC 21) stops them.</p>\n");
    List<Bar> money = new ArrayList<>();
    money.add(new Bar("Proceeds", report.proceedsEur(), euros(report.proceedsEur())));
    money.add(new Bar("Dissipated before freezing", report.dissipatedEur(), euros(report.dissipatedEur())));
    money.add(new Bar("Frozen (WC 21)", report.frozenEur(), euros(report.frozenEur())));
    money.add(new Bar("Confiscated (WC 23)", report.confiscatedEur(), euros(report.confiscatedEur())));
    money.add(new Bar("Returned for victims (WC 25(2))", report.returnedEur(), euros(report.returnedEur())));
    money.add(new Bar("Shared, requesting Party's part (WC 25(3))", report.sharedEur(), euros(report.sharedEur())));
    bars(h, money);

    h.append("<h2>Time from opening to freezing</h2>\n<p>Days from the opening of a case to the freezing taking"
        + " effect, for the ").append(report.freezingsTakenEffect()).append(" freezings; median ")
        .append(SimulationReport.days(report.timeToFreezingMedianDays())).append(" days, 90th percentile ")
        .append(SimulationReport.days(report.timeToFreezingP90Days())).append(" days.</p>\n");
    histogram(h, report.timeToFreezing(), "days");

    h.append("<h2>Refusals by ground</h2>\n");
    if (report.refusalsByGround().isEmpty()) {
      h.append("<p>No request was refused.</p>\n");
    } else {
      List<Bar> refusals = new ArrayList<>();
      for (Map.Entry<GroundForRefusal, Long> e : report.refusalsByCount()) {
        refusals.add(new Bar(e.getKey().code() + " " + e.getKey().citations().get(0),
            BigDecimal.valueOf(e.getValue()), Long.toString(e.getValue())));
      }
      bars(h, refusals);
      h.append("<table>\n<tr><th>Ground</th><th>Article</th><th>Meaning</th><th class=\"n\">Refusals</th></tr>\n");
      for (Map.Entry<GroundForRefusal, Long> e : report.refusalsByCount()) {
        GroundForRefusal g = e.getKey();
        h.append("<tr><td>").append(g.code()).append("</td><td>").append(escape(g.citations().get(0).toString()))
            .append("</td><td>").append(escape(g.title().english())).append("</td><td class=\"n\">")
            .append(e.getValue()).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }

    h.append("<h2>Deadline breaches</h2>\n<table>\n<tr><th>Deadline</th><th>Article</th><th class=\"n\">Breaches</th></tr>\n");
    for (Map.Entry<DeadlineKind, Long> e : report.deadlineBreaches().entrySet()) {
      h.append("<tr><td>").append(escape(e.getKey().description())).append("</td><td>")
          .append(escape(e.getKey().citation().toString())).append("</td><td class=\"n\">").append(e.getValue())
          .append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>Assumptions</h2>\n<p>Delays are drawn at random around these means (Erlang, shape 2)."
        + " They are illustrative, not measured.</p>\n<table>\n<tr><th>Delay</th><th class=\"n\">Mean days</th></tr>\n");
    for (Map.Entry<StepType, Double> e : config.meanDays().entrySet()) {
      h.append("<tr><td>").append(escape(e.getKey().description())).append("</td><td class=\"n\">")
          .append(BigDecimal.valueOf(e.getValue()).stripTrailingZeros().toPlainString()).append("</td></tr>\n");
    }
    h.append("</table>\n<table>\n<tr><th>Chance</th><th class=\"n\">Value</th></tr>\n");
    chance(h, "Warning that preservation will not help (BC 29(6))", config.warningProbability());
    chance(h, "Preservation goes ahead after such a warning", config.proceedAfterWarningProbability());
    chance(h, "Amendments asked for a Warsaw request (WC 38(1)); time limit "
        + config.amendmentTimeLimitDays() + " days", config.amendmentProbability());
    chance(h, "Return for victims asked rather than sharing (WC 25(2))", config.returnProbability());
    chance(h, "Mean share of unfrozen proceeds moved at each move", config.assetMoveShare());
    for (Map.Entry<GroundForRefusal, Double> e : config.refusalProbabilities().entrySet()) {
      if (e.getValue() > 0) {
        chance(h, "Refusal on " + e.getKey().code() + " (" + e.getKey().citations().get(0)
            + "), where the library admits it", e.getValue());
      }
    }
    h.append("</table>\n<p class=\"note\">Simulated figures for training. The rules are the library's"
        + " paraphrase of the Budapest Convention (ETS 185) and the Warsaw Convention (CETS 198), not legal"
        + " advice; persons and facts are fictional.</p>\n</body>\n</html>\n");
    return h.toString();
  }

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1d2733;font-size:18px}\n"
          + "h1{font-size:2rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #d0d7de}\n"
          + ".sub{color:#4a5663}.note{color:#4a5663;font-size:.85rem;margin-top:2rem}\n"
          + ".cards{display:flex;flex-wrap:wrap;gap:1rem;margin:1.5rem 0}\n"
          + ".card{flex:1 1 12rem;background:#f2f5f8;border-radius:.5rem;padding:1rem}\n"
          + ".card .v{font-size:1.8rem;font-weight:700;color:#0b4f8a}.card .l{font-size:.9rem}"
          + ".card .d{font-size:.8rem;color:#4a5663}\n"
          + "table{border-collapse:collapse;margin:1rem 0;width:100%}"
          + "th,td{padding:.3rem .6rem;border-bottom:1px solid #d0d7de;text-align:left}\n"
          + "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\n"
          + "svg{display:block;margin:1rem 0}svg text{font-size:13px;fill:#1d2733}\n";

  private static void card(StringBuilder h, String label, String value, String detail) {
    h.append("<div class=\"card\"><div class=\"l\">").append(escape(label)).append("</div><div class=\"v\">")
        .append(escape(value)).append("</div><div class=\"d\">").append(escape(detail)).append("</div></div>\n");
  }

  private static void chance(StringBuilder h, String label, double p) {
    h.append("<tr><td>").append(escape(label)).append("</td><td class=\"n\">")
        .append(BigDecimal.valueOf(p).stripTrailingZeros().toPlainString()).append("</td></tr>\n");
  }

  private record Bar(String label, BigDecimal value, String shown) {}

  /** Horizontal bars, labels on the left, values at the end of each bar. */
  private static void bars(StringBuilder h, List<Bar> bars) {
    int labelWidth = 300;
    int row = 28;
    int barSpace = CHART_WIDTH - labelWidth - 150;
    BigDecimal max = BigDecimal.ZERO;
    for (Bar b : bars) {
      max = max.max(b.value());
    }
    int height = bars.size() * row + 10;
    h.append("<svg width=\"").append(CHART_WIDTH).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
        .append("\" role=\"img\">\n");
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = i * row + 5;
      int width = max.signum() == 0 ? 0 : b.value().multiply(BigDecimal.valueOf(barSpace))
          .divide(max, 0, RoundingMode.HALF_EVEN).intValue();
      h.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 18)
          .append("\" text-anchor=\"end\">").append(escape(b.label())).append("</text>")
          .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
          .append(width).append("\" height=\"").append(row - 8).append("\" fill=\"#2f7bbf\"/>")
          .append("<text x=\"").append(labelWidth + width + 6).append("\" y=\"").append(y + 18).append("\">")
          .append(escape(b.shown())).append("</text>\n");
    }
    h.append("</svg>\n");
  }

  /** Vertical bars of a histogram, with the bins labelled below and the highest count on the axis. */
  private static void histogram(StringBuilder h, SimulationReport.Histogram histogram, String unit) {
    int left = 50;
    int top = 20;
    int plotHeight = 200;
    int bins = histogram.counts().size();
    int barWidth = (CHART_WIDTH - left - 10) / bins;
    long max = 0;
    for (long c : histogram.counts()) {
      max = Math.max(max, c);
    }
    int height = top + plotHeight + 50;
    h.append("<svg width=\"").append(CHART_WIDTH).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height).append("\" role=\"img\">\n");
    h.append("<line x1=\"").append(left).append("\" y1=\"").append(top + plotHeight).append("\" x2=\"")
        .append(left + bins * barWidth).append("\" y2=\"").append(top + plotHeight)
        .append("\" stroke=\"#4a5663\"/>\n");
    h.append("<text x=\"").append(left - 6).append("\" y=\"").append(top + 5).append("\" text-anchor=\"end\">")
        .append(max).append("</text><text x=\"").append(left - 6).append("\" y=\"").append(top + plotHeight)
        .append("\" text-anchor=\"end\">0</text>\n");
    for (int i = 0; i < bins; i++) {
      long count = histogram.counts().get(i);
      int barHeight = max == 0 ? 0 : (int) Math.round((double) count * plotHeight / max);
      int x = left + i * barWidth;
      h.append("<rect x=\"").append(x + 2).append("\" y=\"").append(top + plotHeight - barHeight)
          .append("\" width=\"").append(barWidth - 4).append("\" height=\"").append(barHeight)
          .append("\" fill=\"#2f7bbf\"><title>").append(escape(histogram.label(i))).append(' ').append(unit)
          .append(": ").append(count).append("</title></rect>");
      if (bins <= 15 || i % 2 == 0) {
        h.append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(top + plotHeight + 18)
            .append("\" text-anchor=\"middle\">").append(escape(histogram.label(i))).append("</text>");
      }
      h.append('\n');
    }
    h.append("<text x=\"").append(left + bins * barWidth / 2).append("\" y=\"").append(top + plotHeight + 42)
        .append("\" text-anchor=\"middle\">").append(unit).append("</text>\n</svg>\n");
  }

  private static String euros(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.0f EUR", amount.setScale(0, RoundingMode.HALF_EVEN));
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
