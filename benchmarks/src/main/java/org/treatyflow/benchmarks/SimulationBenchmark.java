package org.treatyflow.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.treatyflow.examples.simulation.Simulation;
import org.treatyflow.examples.simulation.SimulationConfig;
import org.treatyflow.examples.simulation.SimulationReport;

/**
 * One full case lifecycle of the examples' simulation: a simulation of one case (preservation, the
 * request for the stored data, and the financial track up to the return of what was confiscated),
 * from a fixed seed, with its report. The score includes building the simulation and the report
 * of that one case.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class SimulationBenchmark {
  private SimulationConfig config;

  /** Creates the benchmark; its configuration is made in {@link #setUp()}. */
  public SimulationBenchmark() {}

  /** The configuration of one case from a fixed seed. */
  @Setup
  public void setUp() {
    config = SimulationConfig.defaults().withCases(1).withSeed(29L);
    SimulationReport report = Simulation.run(config);
    if (report.cases() != 1) {
      throw new IllegalStateException("The simulation ran " + report.cases() + " cases, not 1");
    }
  }

  /** Simulates one case from opening to its last step. */
  @Benchmark
  public SimulationReport simulateCase() {
    return Simulation.run(config);
  }
}
