package org.treatyflow.examples.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.treatyflow.model.refusal.GroundForRefusal;

/**
 * What a trainer wants to see after a simulation run, computed from the finished cases: time to
 * preservation, preservations that expired before the follow-up request arrived, proceeds
 * dissipated before freezing, refusals by ground, deadline breaches, the amounts frozen,
 * confiscated, returned and shared, and how many steps the library applied and rejected.
 *
 * <p>Days are given to a tenth, shares (from 0 to 1) to four places, amounts in euros to the cent.
 * {@link #toJson()} writes the report with sorted keys and fixed number formats, so the same
 * configuration gives the same bytes.
 *
 * @param config the configuration of the run
 * @param preservationsExecuted the preservations carried out (BC 29(3), or after a BC 29(6) warning)
 * @param timeToPreservationMedianDays the median days from sending the preservation request to
 *     preservation; empty if none was preserved
 * @param timeToPreservationP90Days the 90th percentile of the same
 * @param preservationsExpired the preservations whose period ran out before the follow-up request
 *     arrived (BC 29(7))
 * @param shareExpiredBeforeFollowUp their share of the preservations executed
 * @param freezingsTakenEffect the freezings that took effect (WC 21)
 * @param timeToFreezingMedianDays the median days from the opening of a case to its freezing; empty
 *     if none took effect
 * @param timeToFreezingP90Days the 90th percentile of the same
 * @param proceedsEur the proceeds of all cases
 * @param dissipatedEur the part the suspects moved before any freezing took effect
 * @param shareDissipatedBeforeFreezing its share of the proceeds
 * @param frozenEur the amounts frozen (WC 21)
 * @param confiscatedEur the amounts confiscated (WC 23)
 * @param returnedEur the amounts returned to the requesting Parties for the victims (WC 25(2))
 * @param sharedEur the requesting Parties' part of the amounts shared (WC 25(3))
 * @param refusalsByGround the refusals, by ground, in the order of {@link GroundForRefusal}; only
 *     grounds raised at least once
 * @param deadlineBreaches the deadlines missed, by kind, every kind listed
 * @param stepsApplied the steps the library applied
 * @param stepsRejected the steps the library rejected; zero for a correct simulation
 * @param rejectionsByCode the codes of the violations of the rejected steps, sorted
 * @param casesAbandoned the cases stopped by a rejected step
 * @param timeToPreservation the distribution of the days to preservation
 * @param timeToFreezing the distribution of the days from opening to freezing
 */
public record SimulationReport(
    SimulationConfig config,
    int preservationsExecuted,
    Optional<BigDecimal> timeToPreservationMedianDays,
    Optional<BigDecimal> timeToPreservationP90Days,
    int preservationsExpired,
    BigDecimal shareExpiredBeforeFollowUp,
    int freezingsTakenEffect,
    Optional<BigDecimal> timeToFreezingMedianDays,
    Optional<BigDecimal> timeToFreezingP90Days,
    BigDecimal proceedsEur,
    BigDecimal dissipatedEur,
    BigDecimal shareDissipatedBeforeFreezing,
    BigDecimal frozenEur,
    BigDecimal confiscatedEur,
    BigDecimal returnedEur,
    BigDecimal sharedEur,
    Map<GroundForRefusal, Long> refusalsByGround,
    Map<DeadlineKind, Long> deadlineBreaches,
    long stepsApplied,
    long stepsRejected,
    Map<String, Long> rejectionsByCode,
    int casesAbandoned,
    Histogram timeToPreservation,
    Histogram timeToFreezing) {

  private static final int DAY_SCALE = 1;
  private static final int SHARE_SCALE = 4;

  /** Copies the maps, keeping their order. */
  public SimulationReport {
    checkNotNull(config, "config");
    refusalsByGround = Collections.unmodifiableMap(new LinkedHashMap<>(refusalsByGround));
    deadlineBreaches = Collections.unmodifiableMap(new EnumMap<>(deadlineBreaches));
    rejectionsByCode = Collections.unmodifiableMap(new TreeMap<>(rejectionsByCode));
  }

  /**
   * A distribution in bins of {@code binDays} days, from 0; the last bin holds everything from its
   * lower bound on.
   *
   * @param binDays the width of a bin, in days, at least 1
   * @param counts the number of cases in each bin, at least one bin
   */
  public record Histogram(int binDays, List<Long> counts) {
    /** Checks the width and copies the counts. */
    public Histogram {
      checkArgument(binDays >= 1, "Histogram.binDays must be at least 1, was %s", binDays);
      counts = List.copyOf(counts);
      checkArgument(!counts.isEmpty(), "Histogram.counts must have at least one bin");
    }

    static Histogram of(double[] days, int binDays, int bins) {
      long[] counts = new long[bins];
      for (double d : days) {
        counts[(int) Math.min(bins - 1, Math.floor(d / binDays))]++;
      }
      List<Long> list = new ArrayList<>(bins);
      for (long c : counts) {
        list.add(c);
      }
      return new Histogram(binDays, list);
    }

    /** The label of bin {@code i}: {@code 3-4} for a one-day bin, {@code 30-60}, or {@code 720+}. */
    public String label(int i) {
      int from = i * binDays;
      return i == counts.size() - 1 ? from + "+" : from + "-" + (from + binDays);
    }
  }

  /** The report of the finished {@code outcomes} of a run of {@code config}. */
  static SimulationReport of(
      SimulationConfig config,
      List<CaseOutcome> outcomes,
      long stepsApplied,
      long stepsRejected,
      Map<String, Long> rejectionsByCode) {
    int executed = 0;
    int expired = 0;
    int freezings = 0;
    int abandoned = 0;
    long proceeds = 0;
    long dissipated = 0;
    long frozen = 0;
    long confiscated = 0;
    long returned = 0;
    long shared = 0;
    double[] toPreservation = new double[outcomes.size()];
    double[] toFreezing = new double[outcomes.size()];
    Map<GroundForRefusal, Long> refusals = new EnumMap<>(GroundForRefusal.class);
    Map<DeadlineKind, Long> breaches = new EnumMap<>(DeadlineKind.class);
    for (DeadlineKind kind : DeadlineKind.values()) {
      breaches.put(kind, 0L);
    }
    for (CaseOutcome o : outcomes) {
      if (o.preserved()) {
        toPreservation[executed++] = o.daysToPreservation();
      }
      if (o.preservationExpired()) {
        expired++;
      }
      if (o.freezingTookEffect()) {
        toFreezing[freezings++] = o.daysToFreezing();
      }
      if (o.abandoned()) {
        abandoned++;
      }
      proceeds += o.proceedsCents();
      dissipated += o.dissipatedCents();
      frozen += o.frozenCents();
      confiscated += o.confiscatedCents();
      returned += o.returnedCents();
      shared += o.sharedCents();
      for (GroundForRefusal g : o.refusals()) {
        refusals.merge(g, 1L, Long::sum);
      }
      for (Map.Entry<DeadlineKind, Integer> b : o.breaches().entrySet()) {
        breaches.merge(b.getKey(), (long) b.getValue(), Long::sum);
      }
    }
    double[] preservationDays = Arrays.copyOf(toPreservation, executed);
    double[] freezingDays = Arrays.copyOf(toFreezing, freezings);
    Arrays.sort(preservationDays);
    Arrays.sort(freezingDays);
    return new SimulationReport(
        config,
        executed,
        percentile(preservationDays, 50),
        percentile(preservationDays, 90),
        expired,
        share(expired, executed),
        freezings,
        percentile(freezingDays, 50),
        percentile(freezingDays, 90),
        euros(proceeds),
        euros(dissipated),
        share(dissipated, proceeds),
        euros(frozen),
        euros(confiscated),
        euros(returned),
        euros(shared),
        refusals,
        breaches,
        stepsApplied,
        stepsRejected,
        rejectionsByCode,
        abandoned,
        Histogram.of(preservationDays, 1, 15),
        Histogram.of(freezingDays, 30, 20));
  }

  /** The nearest-rank {@code percent}th percentile of {@code sorted}, to a tenth of a day. */
  private static Optional<BigDecimal> percentile(double[] sorted, int percent) {
    if (sorted.length == 0) {
      return Optional.empty();
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    double value = sorted[Math.max(0, rank - 1)];
    return Optional.of(BigDecimal.valueOf(value).setScale(DAY_SCALE, RoundingMode.HALF_EVEN));
  }

  private static BigDecimal share(long part, long whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(SHARE_SCALE);
    }
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal euros(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  /** The number of cases run. */
  public int cases() {
    return config.cases();
  }

  /** The refusals of all grounds together. */
  public long refusals() {
    return refusalsByGround.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The report as JSON: objects with sorted keys, two-space indentation, line feeds, shares and days
   * as decimal numbers with a fixed number of places, amounts in euros as plain decimal strings;
   * ends with a line feed. Never null.
   */
  public String toJson() {
    Map<String, Object> root = new TreeMap<>();
    root.put("cases", config.cases());
    root.put("seed", config.seed());
    root.put("financialInvestigation", config.financialInvestigation().option());
    Map<String, Object> means = new TreeMap<>();
    for (Map.Entry<StepType, Double> e : config.meanDays().entrySet()) {
      means.put(e.getKey().name(), BigDecimal.valueOf(e.getValue()));
    }
    root.put("meanDays", means);

    Map<String, Object> preservation = new TreeMap<>();
    preservation.put("executed", preservationsExecuted);
    preservation.put("expiredBeforeFollowUp", preservationsExpired);
    preservation.put("shareExpiredBeforeFollowUp", shareExpiredBeforeFollowUp);
    preservation.put("timeToPreservationDays", percentiles(timeToPreservationMedianDays, timeToPreservationP90Days));
    preservation.put("histogram", histogram(timeToPreservation));
    root.put("preservation", preservation);

    Map<String, Object> freezing = new TreeMap<>();
    freezing.put("takenEffect", freezingsTakenEffect);
    freezing.put("timeFromOpeningDays", percentiles(timeToFreezingMedianDays, timeToFreezingP90Days));
    freezing.put("histogram", histogram(timeToFreezing));
    root.put("freezing", freezing);

    Map<String, Object> proceeds = new TreeMap<>();
    proceeds.put("proceedsEur", proceedsEur.toPlainString());
    proceeds.put("dissipatedEur", dissipatedEur.toPlainString());
    proceeds.put("shareDissipatedBeforeFreezing", shareDissipatedBeforeFreezing);
    proceeds.put("frozenEur", frozenEur.toPlainString());
    proceeds.put("confiscatedEur", confiscatedEur.toPlainString());
    proceeds.put("returnedEur", returnedEur.toPlainString());
    proceeds.put("sharedEur", sharedEur.toPlainString());
    root.put("proceeds", proceeds);

    Map<String, Object> grounds = new TreeMap<>();
    refusalsByGround.forEach((ground, count) -> grounds.put(ground.name(), count));
    root.put("refusalsByGround", grounds);
    Map<String, Object> deadlines = new TreeMap<>();
    deadlineBreaches.forEach((kind, count) -> deadlines.put(kind.name(), count));
    root.put("deadlineBreaches", deadlines);

    Map<String, Object> steps = new TreeMap<>();
    steps.put("applied", stepsApplied);
    steps.put("rejected", stepsRejected);
    steps.put("rejectionsByCode", new TreeMap<>(rejectionsByCode));
    steps.put("casesAbandoned", casesAbandoned);
    root.put("steps", steps);
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("The report could not be written as JSON", e);
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectWriter WRITER =
      new ObjectMapper()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance));

  private static Map<String, Object> percentiles(Optional<BigDecimal> median, Optional<BigDecimal> p90) {
    Map<String, Object> m = new TreeMap<>();
    m.put("median", median.orElse(null));
    m.put("p90", p90.orElse(null));
    return m;
  }

  private static Map<String, Object> histogram(Histogram h) {
    Map<String, Object> m = new TreeMap<>();
    m.put("binDays", h.binDays());
    m.put("counts", h.counts());
    return m;
  }

  /** A plain-text summary, one figure a line, ending with a line feed. Never null. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    line(out, "treatyflow simulation: %d cases, seed %d, financial investigation %s",
        config.cases(), config.seed(), config.financialInvestigation() == FinancialInvestigation.PARALLEL
            ? "in parallel with the cyber investigation" : "after the cyber investigation");
    line(out, "");
    line(out, "Expedited preservation (BC 29)");
    figure(out, "preservations executed", Integer.toString(preservationsExecuted));
    figure(out, "time to preservation", "median " + days(timeToPreservationMedianDays)
        + " days, 90th percentile " + days(timeToPreservationP90Days) + " days");
    figure(out, "expired before the follow-up arrived", preservationsExpired + " ("
        + percent(shareExpiredBeforeFollowUp) + " of preservations; BC 29(7))");
    line(out, "");
    line(out, "Proceeds (WC 17, 21, 23, 25)");
    figure(out, "proceeds", proceedsEur.toPlainString() + " EUR");
    figure(out, "dissipated before freezing", dissipatedEur.toPlainString() + " EUR ("
        + percent(shareDissipatedBeforeFreezing) + ")");
    figure(out, "frozen (WC 21)", frozenEur.toPlainString() + " EUR in " + freezingsTakenEffect + " freezings");
    figure(out, "time from opening to freezing", "median " + days(timeToFreezingMedianDays)
        + " days, 90th percentile " + days(timeToFreezingP90Days) + " days");
    figure(out, "confiscated (WC 23)", confiscatedEur.toPlainString() + " EUR");
    figure(out, "returned for victims (WC 25(2))", returnedEur.toPlainString() + " EUR");
    figure(out, "shared, requesting Party's part (WC 25(3))", sharedEur.toPlainString() + " EUR");
    line(out, "");
    line(out, "Refusals by ground (%d)", refusals());
    for (Map.Entry<GroundForRefusal, Long> e : refusalsByCount()) {
      GroundForRefusal g = e.getKey();
      line(out, "  %-4s %-14s %-46s %d", g.code(), g.citations().get(0), g.name(), e.getValue());
    }
    line(out, "");
    line(out, "Deadline breaches");
    for (Map.Entry<DeadlineKind, Long> e : deadlineBreaches.entrySet()) {
      line(out, "  %-9s %-22s %d", e.getKey().citation(), e.getKey().name(), e.getValue());
    }
    line(out, "");
    line(out, "Steps applied by the library: %d; rejected: %d", stepsApplied, stepsRejected);
    for (Map.Entry<String, Long> e : rejectionsByCode.entrySet()) {
      line(out, "  rejected %s: %d", e.getKey(), e.getValue());
    }
    return out.toString();
  }

  /** The refusals by ground, most frequent first, ties in the order of {@link GroundForRefusal}. */
  public List<Map.Entry<GroundForRefusal, Long>> refusalsByCount() {
    List<Map.Entry<GroundForRefusal, Long>> entries = new ArrayList<>(refusalsByGround.entrySet());
    entries.sort(
        Map.Entry.<GroundForRefusal, Long>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    return entries;
  }

  static String days(Optional<BigDecimal> days) {
    return days.map(BigDecimal::toPlainString).orElse("n/a");
  }

  static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }

  private static void figure(StringBuilder out, String label, String value) {
    line(out, "  %-44s %s", label, value);
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
