package org.treatyflow.examples.simulation;

/** Told how far a simulation run has got, at every tenth of the cases finished. */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores progress. */
  ProgressListener NONE = (finished, total) -> {};

  /**
   * {@code finished} of the run's {@code total} cases have finished; called at most eleven times
   * per run, with {@code finished} rising, the last time with {@code finished == total}.
   */
  void casesFinished(int finished, int total);
}
