/**
 * Runnable examples that double as documentation.
 *
 * <p>Start from {@link org.treatyflow.examples.Showcase}: an expedited preservation request from
 * Albania to Austria, checked for completeness, with the grounds on which Austria may refuse it.
 */
package org.treatyflow.examples;
