/**
 * The engine that walks each request family's lifecycle: declarative transition tables in which
 * every transition cites the article that allows it, guards that cite the articles that limit it,
 * immutable case files with an append-only history, and answers to "what may happen next, and why
 * not that?".
 *
 * <p>Start from {@link org.treatyflow.workflow.TransitionTable} (how a family's lifecycle is
 * written), {@link org.treatyflow.workflow.Workflow} ({@code apply} and {@code explain}) and {@link
 * org.treatyflow.workflow.CaseFile}. Each family's table lives in that family's package, e.g. {@link
 * org.treatyflow.workflow.preservation.PreservationWorkflow}.
 */
@CooperationStyle
package org.treatyflow.workflow;

import org.treatyflow.model.common.CooperationStyle;
