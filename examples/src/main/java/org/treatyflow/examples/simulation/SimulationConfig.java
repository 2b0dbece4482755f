package org.treatyflow.examples.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.treatyflow.model.refusal.GroundForRefusal;

/**
 * Everything a simulation run depends on besides the library's own rules: how many cases, the
 * seed, the policy knob, the mean delays, the chances of each decision and the size of the
 * proceeds. Two runs with equal configurations give equal reports.
 *
 * <p>Start from {@link #defaults()} and change what the exercise needs with the {@code with}
 * methods.
 *
 * @param cases the number of cases, at least 1
 * @param seed the seed every random draw derives from
 * @param financialInvestigation when the financial track starts (the policy knob)
 * @param firstDay the day the first case may open
 * @param arrivalWindowDays the period, in days, over which the cases open, at a steady rate; at
 *     least 1
 * @param meanDays the mean delay of every {@link StepType}, in days, each positive
 * @param refusalProbabilities for each ground, the chance that a requested Party refuses a request
 *     on it when it examines a request against which the library admits that ground; grounds not
 *     listed are never raised
 * @param warningProbability the chance that the requested Party warns that preservation will not
 *     secure the data or will harm the investigation (BC 29(6))
 * @param proceedAfterWarningProbability the chance that the warned requesting Party asks that
 *     preservation go ahead all the same (BC 29(6)), rather than withdrawing it
 * @param amendmentProbability the chance that the requested Party asks for amendments to a request
 *     under Chapter IV of the Warsaw Convention (WC 38(1))
 * @param amendmentTimeLimitDays the time limit, in days, the requested Party sets for them (WC
 *     38(2)); at least 1
 * @param returnProbability the chance that the requesting Party asks for the confiscated property to
 *     be returned for the victims (WC 25(2)) rather than shared (WC 25(3))
 * @param proposedShare the share of the confiscated property proposed for the requesting Party when
 *     it asks for sharing, from 0 to 1
 * @param medianProceedsEur the median of the proceeds of a case in euros (a log-normal spread
 *     around it); positive
 * @param assetMoveShare the mean share of the proceeds not yet frozen that the suspects move at each
 *     move, from 0 to 0.5
 */
public record SimulationConfig(
    int cases,
    long seed,
    FinancialInvestigation financialInvestigation,
    LocalDate firstDay,
    int arrivalWindowDays,
    Map<StepType, Double> meanDays,
    Map<GroundForRefusal, Double> refusalProbabilities,
    double warningProbability,
    double proceedAfterWarningProbability,
    double amendmentProbability,
    int amendmentTimeLimitDays,
    double returnProbability,
    BigDecimal proposedShare,
    BigDecimal medianProceedsEur,
    double assetMoveShare) {

  /** The number of cases of {@link #defaults()}. */
  public static final int DEFAULT_CASES = 1000;

  /** The seed of {@link #defaults()}. */
  public static final long DEFAULT_SEED = 1;

  /**
   * Checks every component and copies the maps.
   *
   * @throws IllegalArgumentException if a component is out of its range; the message names it
   */
  public SimulationConfig {
    checkArgument(cases >= 1, "SimulationConfig.cases must be at least 1, was %s", cases);
    checkNotNull(financialInvestigation, "financialInvestigation");
    checkNotNull(firstDay, "firstDay");
    checkArgument(
        arrivalWindowDays >= 1,
        "SimulationConfig.arrivalWindowDays must be at least 1, was %s",
        arrivalWindowDays);
    checkNotNull(meanDays, "meanDays");
    Map<StepType, Double> means = new EnumMap<>(StepType.class);
    for (StepType type : StepType.values()) {
      Double mean = meanDays.get(type);
      checkArgument(
          mean != null && mean > 0 && !mean.isInfinite(),
          "SimulationConfig.meanDays must give a positive mean for %s, was %s",
          type,
          mean);
      means.put(type, mean);
    }
    meanDays = Collections.unmodifiableMap(means);
    checkNotNull(refusalProbabilities, "refusalProbabilities");
    Map<GroundForRefusal, Double> refusals = new EnumMap<>(GroundForRefusal.class);
    for (Map.Entry<GroundForRefusal, Double> e : refusalProbabilities.entrySet()) {
      checkProbability("refusalProbabilities[" + e.getKey() + "]", checkNotNull(e.getValue(), "probability"));
      refusals.put(e.getKey(), e.getValue());
    }
    refusalProbabilities = Collections.unmodifiableMap(refusals);
    checkProbability("warningProbability", warningProbability);
    checkProbability("proceedAfterWarningProbability", proceedAfterWarningProbability);
    checkProbability("amendmentProbability", amendmentProbability);
    checkArgument(
        amendmentTimeLimitDays >= 1,
        "SimulationConfig.amendmentTimeLimitDays must be at least 1, was %s",
        amendmentTimeLimitDays);
    checkProbability("returnProbability", returnProbability);
    checkNotNull(proposedShare, "proposedShare");
    checkArgument(
        proposedShare.signum() >= 0 && proposedShare.compareTo(BigDecimal.ONE) <= 0,
        "SimulationConfig.proposedShare must be from 0 to 1, was %s",
        proposedShare);
    checkNotNull(medianProceedsEur, "medianProceedsEur");
    checkArgument(
        medianProceedsEur.signum() > 0,
        "SimulationConfig.medianProceedsEur must be positive, was %s",
        medianProceedsEur);
    checkArgument(
        assetMoveShare >= 0 && assetMoveShare <= 0.5,
        "SimulationConfig.assetMoveShare must be from 0 to 0.5, was %s",
        assetMoveShare);
  }

  private static void checkProbability(String name, double p) {
    checkArgument(p >= 0 && p <= 1, "SimulationConfig.%s must be a probability from 0 to 1, was %s", name, p);
  }

  /**
   * The defaults: {@value #DEFAULT_CASES} cases, seed {@value #DEFAULT_SEED}, financial
   * investigation in parallel, cases opening over a year from 5 January 2026, the mean delays of
   * {@link StepType}, small chances of refusal on each ground, a warning under BC 29(6) in 2 % of
   * preservations, amendments asked for 10 % of Warsaw requests with 30 days to supply them, return
   * asked for in 70 % of confiscations and otherwise an even share, proceeds of 60 000 euros in the
   * median, and 40 % of what is not frozen moved at each move.
   */
  public static SimulationConfig defaults() {
    Map<StepType, Double> means = new EnumMap<>(StepType.class);
    for (StepType type : StepType.values()) {
      means.put(type, type.defaultMeanDays());
    }
    return new SimulationConfig(
        DEFAULT_CASES,
        DEFAULT_SEED,
        FinancialInvestigation.PARALLEL,
        LocalDate.of(2026, 1, 5),
        365,
        means,
        defaultRefusalProbabilities(),
        0.02,
        0.7,
        0.1,
        30,
        0.7,
        new BigDecimal("0.5"),
        new BigDecimal("60000"),
        0.4);
  }

  private static Map<GroundForRefusal, Double> defaultRefusalProbabilities() {
    Map<GroundForRefusal, Double> p = new EnumMap<>(GroundForRefusal.class);
    p.put(GroundForRefusal.BC_POLITICAL_OFFENCE, 0.002);
    p.put(GroundForRefusal.BC_ESSENTIAL_INTERESTS, 0.008);
    p.put(GroundForRefusal.BC_DUAL_CRIMINALITY, 0.02);
    p.put(GroundForRefusal.BC_FISCAL_OFFENCE, 0.002);
    p.put(GroundForRefusal.BC_TREATY_OR_DOMESTIC_GROUND, 0.02);
    p.put(GroundForRefusal.WC_FUNDAMENTAL_PRINCIPLES, 0.004);
    p.put(GroundForRefusal.WC_ESSENTIAL_INTERESTS, 0.004);
    p.put(GroundForRefusal.WC_PROPORTIONALITY, 0.015);
    p.put(GroundForRefusal.WC_POLITICAL_OFFENCE, 0.001);
    p.put(GroundForRefusal.WC_FISCAL_OFFENCE, 0.001);
    p.put(GroundForRefusal.WC_NE_BIS_IN_IDEM, 0.004);
    p.put(GroundForRefusal.WC_DUAL_CRIMINALITY, 0.02);
    p.put(GroundForRefusal.WC_NOT_AVAILABLE_DOMESTICALLY, 0.01);
    p.put(GroundForRefusal.WC_NOT_PERMITTED_OR_NOT_JUDICIALLY_AUTHORISED, 0.01);
    p.put(GroundForRefusal.WC_CONFISCATION_NOT_PROVIDED, 0.005);
    p.put(GroundForRefusal.WC_CONFISCATION_LIMITS, 0.005);
    p.put(GroundForRefusal.WC_LAPSE_OF_TIME, 0.003);
    p.put(GroundForRefusal.WC_NO_CONVICTION_LINK, 0.005);
    p.put(GroundForRefusal.WC_ORDER_NOT_ENFORCEABLE, 0.01);
    p.put(GroundForRefusal.WC_IN_ABSENTIA, 0.003);
    p.put(GroundForRefusal.WC_THIRD_PARTY_DECISION_NOT_RECOGNISED, 0.003);
    return p;
  }

  /** The same configuration with {@code cases} cases. */
  public SimulationConfig withCases(int cases) {
    return new SimulationConfig(
        cases, seed, financialInvestigation, firstDay, arrivalWindowDays, meanDays,
        refusalProbabilities, warningProbability, proceedAfterWarningProbability,
        amendmentProbability, amendmentTimeLimitDays, returnProbability, proposedShare,
        medianProceedsEur, assetMoveShare);
  }

  /** The same configuration with seed {@code seed}. */
  public SimulationConfig withSeed(long seed) {
    return new SimulationConfig(
        cases, seed, financialInvestigation, firstDay, arrivalWindowDays, meanDays,
        refusalProbabilities, warningProbability, proceedAfterWarningProbability,
        amendmentProbability, amendmentTimeLimitDays, returnProbability, proposedShare,
        medianProceedsEur, assetMoveShare);
  }

  /** The same configuration with the policy {@code financialInvestigation}. */
  public SimulationConfig withFinancialInvestigation(FinancialInvestigation financialInvestigation) {
    return new SimulationConfig(
        cases, seed, financialInvestigation, firstDay, arrivalWindowDays, meanDays,
        refusalProbabilities, warningProbability, proceedAfterWarningProbability,
        amendmentProbability, amendmentTimeLimitDays, returnProbability, proposedShare,
        medianProceedsEur, assetMoveShare);
  }

  /** The same configuration with a mean of {@code days} days for {@code type}. */
  public SimulationConfig withMeanDays(StepType type, double days) {
    Map<StepType, Double> means = new EnumMap<>(meanDays);
    means.put(checkNotNull(type, "type"), days);
    return new SimulationConfig(
        cases, seed, financialInvestigation, firstDay, arrivalWindowDays, means,
        refusalProbabilities, warningProbability, proceedAfterWarningProbability,
        amendmentProbability, amendmentTimeLimitDays, returnProbability, proposedShare,
        medianProceedsEur, assetMoveShare);
  }

  /** The same configuration with a chance {@code probability} of refusal on {@code ground}. */
  public SimulationConfig withRefusalProbability(GroundForRefusal ground, double probability) {
    Map<GroundForRefusal, Double> refusals = new EnumMap<>(GroundForRefusal.class);
    refusals.putAll(refusalProbabilities);
    refusals.put(checkNotNull(ground, "ground"), probability);
    return new SimulationConfig(
        cases, seed, financialInvestigation, firstDay, arrivalWindowDays, meanDays,
        refusals, warningProbability, proceedAfterWarningProbability,
        amendmentProbability, amendmentTimeLimitDays, returnProbability, proposedShare,
        medianProceedsEur, assetMoveShare);
  }

  /** The mean delay of {@code type}, in days. */
  public double meanDays(StepType type) {
    return meanDays.get(type);
  }

  /** The chance of refusal on {@code ground} where it is admitted; 0 if not configured. */
  public double refusalProbability(GroundForRefusal ground) {
    return refusalProbabilities.getOrDefault(ground, 0.0);
  }
}
