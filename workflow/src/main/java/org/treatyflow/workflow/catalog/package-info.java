/**
 * The workflow of every request family, found by family ({@link
 * org.treatyflow.workflow.catalog.WorkflowCatalog}).
 */
package org.treatyflow.workflow.catalog;
