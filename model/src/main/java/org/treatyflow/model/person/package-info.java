/**
 * Persons a request concerns: suspects, victims, bona fide third parties and legitimate owners.
 *
 * <p>Start from {@link org.treatyflow.model.person.Person}. Every identifying attribute is {@link
 * org.treatyflow.model.common.PersonalData}: it never appears in {@code toString} or in messages.
 */
@CooperationStyle
package org.treatyflow.model.person;

import org.treatyflow.model.common.CooperationStyle;
