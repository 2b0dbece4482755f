/**
 * Requests for provisional measures, freezing or seizure of property, under Section 3 of Chapter IV
 * of the Warsaw Convention (WC 21-22).
 *
 * <p>Start from {@link org.treatyflow.model.provisional.ProvisionalMeasureRequest} and {@link
 * org.treatyflow.model.provisional.ProvisionalMeasure}.
 */
@CooperationStyle
package org.treatyflow.model.provisional;

import org.treatyflow.model.common.CooperationStyle;
