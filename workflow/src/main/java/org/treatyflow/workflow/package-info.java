/**
 * The engine that walks each request family's lifecycle: declarative transition tables in which
 * every transition cites the article that allows it, guards that cite the articles that limit it,
 * immutable case files with an append-only history, and answers to "what may happen next, and why
 * not that?".
 *
 * <p>Start from {@link org.treatyflow.workflow.TransitionTable} (how a family's lifecycle is
 * written), {@link org.treatyflow.workflow.Workflow} ({@code apply} and {@code explain}) and {@link
 * org.treatyflow.workflow.CaseFile}. Each family's table lives in that family's package, e.g. {@link
 * org.treatyflow.workflow.preservation.PreservationWorkflow}; the mutual assistance families share
 * {@link org.treatyflow.workflow.assistance.AssistanceLifecycle}; {@link
 * org.treatyflow.workflow.catalog.WorkflowCatalog} finds the workflow of any family, and {@link
 * org.treatyflow.workflow.catalog.CaseDeadlines} the deadlines running in a case of any family.
 * {@link org.treatyflow.workflow.LinkedCases} lets a rule read the case of a linked request.
 */
@CooperationStyle
package org.treatyflow.workflow;

import org.treatyflow.model.common.CooperationStyle;
