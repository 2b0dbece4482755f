package org.treatyflow.examples.scenario;

/**
 * A case from practice, told through the library: every request it sends is checked for
 * completeness, every step goes through the family's workflow, and what the treaties forbid is
 * shown being refused.
 */
public interface Scenario {
  /** The name used on the command line, in kebab case: {@code virtual-currency-seizure}. */
  String name();

  /** One line saying what the scenario shows. */
  String title();

  /** Runs the scenario from its fixed start; the same call gives the same record every time. */
  ScenarioRecord run();
}
