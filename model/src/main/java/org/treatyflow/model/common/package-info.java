/**
 * Building blocks shared by every request family: legal citations, Parties, authorities,
 * channels, languages, offences, data categories and rule violations.
 *
 * <p>Start from {@link org.treatyflow.model.common.ArticleCitation} (the one way to refer to law),
 * {@link org.treatyflow.model.common.Violation} (a rule failure as a value) and
 * {@link org.treatyflow.model.common.RequestHeader} (what every request carries).
 */
@CooperationStyle
package org.treatyflow.model.common;
