/**
 * Runnable examples that double as documentation, and the command-line tool that runs them.
 *
 * <ul>
 *   <li>{@link org.treatyflow.examples.cli.TreatyflowCli}: the entry point of {@code
 *       treatyflow.jar}, with the commands {@code validate}, {@code replay}, {@code scenario},
 *       {@code train}, {@code simulate}, {@code diagram} and {@code schema}.
 *   <li>{@link org.treatyflow.examples.scenario.ScenarioCatalog}: three narrated scenarios that
 *       cross the Budapest and Warsaw conventions.
 *   <li>{@link org.treatyflow.examples.simulation}: the seeded training simulation.
 *   <li>{@link org.treatyflow.examples.Showcase}: an expedited preservation request from Albania to
 *       Austria, checked for completeness, with the grounds on which Austria may refuse it, then
 *       run through the workflow.
 * </ul>
 */
package org.treatyflow.examples;
