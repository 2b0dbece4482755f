/**
 * The training simulation: many seeded, reproducible cases flowing between Parties through the
 * library's own workflows, and the report a trainer projects.
 *
 * <p>Start from {@link org.treatyflow.examples.simulation.Simulation#run}, configured with {@link
 * org.treatyflow.examples.simulation.SimulationConfig#defaults()} and its {@code with} methods (the
 * policy knob is {@link org.treatyflow.examples.simulation.FinancialInvestigation}); read the
 * result as a {@link org.treatyflow.examples.simulation.SimulationReport} (text or JSON) or as one
 * self-contained page with {@link org.treatyflow.examples.simulation.HtmlReport}.
 */
package org.treatyflow.examples.simulation;
