/**
 * The JSON exchange format: {@link org.treatyflow.serialization.ExchangeFormat} reads and writes
 * {@link org.treatyflow.serialization.Envelope envelopes} and every type of the model, strictly;
 * {@link org.treatyflow.serialization.TreatyflowModule} plugs the same format into a caller's own
 * Jackson mapper; a rejected document raises {@link
 * org.treatyflow.serialization.RejectedDocumentException}, which lists each problem with the JSON
 * Pointer of its location.
 *
 * <p>Start from {@link org.treatyflow.serialization.ExchangeFormat#standard()}. The published JSON
 * Schemas lie beside these classes, under {@code org/treatyflow/serialization/schema/}.
 */
@CooperationStyle
package org.treatyflow.serialization;

import org.treatyflow.model.common.CooperationStyle;
