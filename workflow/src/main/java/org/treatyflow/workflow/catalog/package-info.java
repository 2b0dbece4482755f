/**
 * What tools that handle any request family need, found by family: the workflow of every family
 * ({@link org.treatyflow.workflow.catalog.WorkflowCatalog}) and the deadlines running in a case of
 * any family ({@link org.treatyflow.workflow.catalog.CaseDeadlines}, each a {@link
 * org.treatyflow.workflow.catalog.CaseDeadline}).
 */
package org.treatyflow.workflow.catalog;
