/**
 * Runnable examples that double as documentation.
 *
 * <p>Start from {@link org.treatyflow.examples.Showcase}: an expedited preservation request from
 * Albania to Austria, checked for completeness, with the grounds on which Austria may refuse it,
 * then run through the workflow: sent, received, preserved, and what may happen next.
 */
package org.treatyflow.examples;
