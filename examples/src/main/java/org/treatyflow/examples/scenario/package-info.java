/**
 * Narrated scenarios from practice, each crossing the Budapest and Warsaw conventions: a {@link
 * org.treatyflow.examples.scenario.Scenario} runs its cases through the library's workflows with a
 * {@link org.treatyflow.examples.scenario.ScenarioRun}, and gives a {@link
 * org.treatyflow.examples.scenario.ScenarioRecord}: the timeline, every exchanged document and the
 * case journals.
 *
 * <p>Start from {@link org.treatyflow.examples.scenario.ScenarioCatalog}.
 */
package org.treatyflow.examples.scenario;
