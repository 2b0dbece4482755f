package org.treatyflow.examples.scenario;

import java.util.List;
import java.util.Optional;

/** The scenarios the examples tell, by name. */
public final class ScenarioCatalog {
  private ScenarioCatalog() {}

  /** Every scenario, in the order they are listed. */
  public static List<Scenario> all() {
    return List.of(new VirtualCurrencySeizure(), new PlatformTakedown(), new FraudFollowTheMoney());
  }

  /** The scenario named {@code name}, if there is one. */
  public static Optional<Scenario> named(String name) {
    return all().stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
