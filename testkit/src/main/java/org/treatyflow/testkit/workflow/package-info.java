/**
 * Model-based testing of a family's procedure: jqwik chains of steps drawn from the family's own
 * transition table, the invariants every step keeps, the replay of a run's journal, a
 * transition-coverage report, and a simulated clock.
 *
 * <p>Start from {@link org.treatyflow.testkit.workflow.WorkflowChains}, with a {@link
 * org.treatyflow.testkit.workflow.StepMaker} for the family ({@link
 * org.treatyflow.testkit.workflow.StepMakers}) and a {@link
 * org.treatyflow.testkit.workflow.TransitionCoverage}.
 */
package org.treatyflow.testkit.workflow;
